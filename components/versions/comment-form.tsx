'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/form-status';
import { Button } from '@/components/ui/button';
import { Field, fieldA11y } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import type { ActionResult } from '@/lib/actions/result';

interface Props {
  id: string;
  label: string;
  submit: string;
  defaultValue?: string;
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
}

/** Posts a new comment or rewords one; the server checks who may and until when. */
export function CommentForm({ id, label, submit, defaultValue = '', action }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const error = state.ok ? undefined : state.fieldErrors?.body;
  return (
    <form action={formAction} className="space-y-3">
      <Field id={id} label={label} hint="Markdown; raw HTML is shown as text." error={error}>
        <Textarea {...fieldA11y(id, error, { name: 'body', hint: true })} defaultValue={defaultValue} rows={3} maxLength={10_000} />
      </Field>
      <FormStatus state={state} />
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? 'Saving…' : submit}
      </Button>
    </form>
  );
}
