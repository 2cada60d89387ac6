import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { loginAction } from './actions';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: PageProps<'/login'>) {
  const { callbackUrl } = await searchParams;
  const target = safeCallbackUrl(callbackUrl);
  if (await getActor()) redirect(target);
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm space-y-6">
        <div className="text-center">
          <p className="text-2xl font-semibold tracking-tight">Modelboard</p>
          <h1 className="mt-1 text-sm text-muted-fg">Sign in to your model registry</h1>
        </div>
        <LoginForm action={loginAction} callbackUrl={target} />
      </div>
    </main>
  );
}
