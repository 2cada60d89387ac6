'use client';

import { Button } from '@/components/ui/button';

/** Unexpected failures: the details stay in the server log, the user gets a way forward. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-3 py-16 text-center" role="alert">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="text-muted-fg">The page could not be loaded. Try again; if it keeps failing, tell your admin.</p>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
