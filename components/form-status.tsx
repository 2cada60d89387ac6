'use client';

import { useSuccessToast } from '@/components/toast/use-success-toast';
import { Alert } from '@/components/ui/alert';
import type { ActionResult } from '@/lib/actions/result';

/**
 * The outcome of a form's last submission: a refusal stays next to the form, in a live region so
 * screen readers announce it; a success is announced by a toast.
 */
export function FormStatus({ state, className }: { state: ActionResult; className?: string }) {
  useSuccessToast(state);
  return (
    <div aria-live="polite" className={className}>
      {!state.ok && <Alert variant="danger">{state.message}</Alert>}
    </div>
  );
}
