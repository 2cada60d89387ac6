import Link from 'next/link';
import { buttonVariants } from '@/components/ui/button';

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-sm font-medium text-muted-fg">404</p>
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-muted-fg">This model, version or page does not exist, or it was renamed.</p>
      <Link href="/models" className={buttonVariants({ variant: 'outline' })}>
        Back to the catalogue
      </Link>
    </main>
  );
}
