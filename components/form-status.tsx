import { Alert } from '@/components/ui/alert';
import type { ActionResult } from '@/lib/actions/result';

/** The outcome of a form's last submission, in a live region so screen readers announce it. */
export function FormStatus({ state, className }: { state: ActionResult; className?: string }) {
  return (
    <div aria-live="polite" className={className}>
      {!state.ok && <Alert variant="danger">{state.message}</Alert>}
      {state.ok && state.message && <Alert variant="success">{state.message}</Alert>}
    </div>
  );
}
