'use client';

import { CircleCheckIcon, XIcon } from 'lucide-react';
import { Toast } from 'radix-ui';
import { dismissToast, useToasts } from './store';

// Long enough to read a two-sentence message; hovering or focusing the toast pauses it.
const DURATION_MS = 8000;

/** Where completed actions are announced: bottom right, politely, one toast per action. */
export function Toaster() {
  const toasts = useToasts();
  return (
    <Toast.Provider duration={DURATION_MS}>
      {toasts.map((toast) => (
        <Toast.Root
          key={toast.id}
          type="background"
          onOpenChange={(open) => open || dismissToast(toast.id)}
          className="flex items-start gap-3 rounded-md border border-l-4 border-border border-l-success bg-card p-4 text-sm text-fg shadow-lg data-[state=closed]:opacity-0"
        >
          <CircleCheckIcon aria-hidden className="mt-0.5 size-4 shrink-0 text-success" />
          <Toast.Description className="flex-1">{toast.message}</Toast.Description>
          <Toast.Close aria-label="Dismiss" className="rounded text-muted-fg hover:text-fg focus-visible:outline-2 focus-visible:outline-ring">
            <XIcon aria-hidden className="size-4" />
          </Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className="fixed bottom-0 right-0 z-50 flex w-full max-w-sm flex-col gap-2 p-4 outline-none print:hidden" />
    </Toast.Provider>
  );
}
