'use server';

import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/lib/auth/auth';
import type { ActionResult } from '@/lib/actions/result';
import { safeCallbackUrl } from '@/lib/auth/callback-url';

/** One message for every failure, so the form never tells whether an account exists. */
const INVALID = 'Invalid email or password.';

export async function loginAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  try {
    await signIn('credentials', {
      email: formData.get('email'),
      password: formData.get('password'),
      redirectTo: safeCallbackUrl(formData.get('callbackUrl')),
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, message: INVALID };
    throw error;
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/login' });
}
