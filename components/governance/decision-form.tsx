'use client';

import { useActionState, useRef } from 'react';
import { FormStatus } from '@/components/form-status';
import { Button } from '@/components/ui/button';
import { Field, fieldA11y } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { idle, type ActionResult } from '@/lib/actions/result';
import { submitWithSubmitter } from './submit-with-submitter';

interface Props {
  requestId: number;
  decide: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
  /** Told of every outcome: a decided request leaves the queue, so its outcome must be shown elsewhere. */
  onResult: (result: ActionResult) => void;
}

/**
 * Approve or reject with a comment. Errors stay next to the form (a missing reason, separation of
 * duties, a request someone else decided meanwhile); what was typed stays too.
 */
export function DecisionForm({ requestId, decide, onResult }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(async (prev: ActionResult, data: FormData) => {
    const result = await decide(prev, data);
    onResult(result);
    if (!result.ok) return result;
    form.current?.reset();
    return idle;
  }, idle);
  const id = `request-${requestId}-decision`;
  const error = state.ok ? undefined : state.fieldErrors?.comment;
  return (
    <form ref={form} noValidate onSubmit={submitWithSubmitter(formAction)} className="space-y-3" aria-label={`Decide request #${requestId}`}>
      <Field id={id} label="Review comment" hint="Optional when approving; required when rejecting, so the requester knows what to fix." error={error}>
        <Textarea {...fieldA11y(id, error, { name: 'comment', hint: true })} rows={3} maxLength={5000} />
      </Field>
      <FormStatus state={state} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="approve" disabled={pending}>
          Approve
        </Button>
        <Button type="submit" name="decision" value="reject" variant="danger" disabled={pending}>
          Reject
        </Button>
      </div>
    </form>
  );
}
