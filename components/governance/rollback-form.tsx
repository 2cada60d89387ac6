'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/form-status';
import { keepInputSubmit } from '@/components/keep-input-submit';
import { Button } from '@/components/ui/button';
import { Field, fieldA11y } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { idle, type ActionResult } from '@/lib/actions/result';

interface Props {
  /** Where a rollback would go; null when nothing earlier is archived (e.g. right after a rollback). */
  target: { from: number; to: number } | null;
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
}

/** No request and no second approver: the reason is what the audit log and the webhook carry. */
export function RollbackForm({ target, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const error = state.ok ? undefined : state.fieldErrors?.reason;
  return (
    <div className="space-y-4">
      {target ? (
        <>
          <p className="text-sm text-muted-fg">
            Version {target.from} is in production. Rolling back archives it, returns version {target.to} to production and takes version {target.from} out of
            every live deployment, without a promotion request.
          </p>
          {/* Keyed by the version in production, so the reason clears once a rollback has landed. */}
          <form key={target.from} noValidate className="space-y-4" onSubmit={keepInputSubmit(formAction)}>
            <Field id="rollback-reason" label="Reason" hint="3 to 2,000 characters, kept in the audit log and sent with the webhook." error={error}>
              <Textarea {...fieldA11y('rollback-reason', error, { name: 'reason', hint: true })} required rows={3} maxLength={2000} />
            </Field>
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? 'Rolling back…' : `Roll back to v${target.to}`}
            </Button>
          </form>
        </>
      ) : (
        <p className="text-sm text-muted-fg">No earlier production version is archived, so there is nothing to roll back to.</p>
      )}
      <FormStatus state={state} />
    </div>
  );
}
