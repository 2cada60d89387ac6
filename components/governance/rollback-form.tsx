'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/form-status';
import { keepInputSubmit } from '@/components/keep-input-submit';
import { Button } from '@/components/ui/button';
import { Field, fieldA11y } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { idle, type ActionResult } from '@/lib/actions/result';

interface Props {
  from: number;
  to: number;
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
}

/** No request and no second approver: the reason is what the audit log and the webhook carry. */
export function RollbackForm({ from, to, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const error = state.ok ? undefined : state.fieldErrors?.reason;
  return (
    <div className="space-y-4">
      {/* Keyed by the version in production, so the reason clears once a rollback has landed. */}
      <form key={from} noValidate className="space-y-4" onSubmit={keepInputSubmit(formAction)}>
        <Field id="rollback-reason" label="Reason" hint="3 to 2,000 characters, kept in the audit log and sent with the webhook." error={error}>
          <Textarea {...fieldA11y('rollback-reason', error, { name: 'reason', hint: true })} required rows={3} maxLength={2000} />
        </Field>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? 'Rolling back…' : `Roll back to v${to}`}
        </Button>
      </form>
      <FormStatus state={state} />
    </div>
  );
}
