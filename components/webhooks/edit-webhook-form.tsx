'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/form-status';
import { keepInputSubmit } from '@/components/keep-input-submit';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';
import { WebhookFields, type WebhookValues } from './webhook-fields';

interface Props {
  values: WebhookValues;
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
}

export function EditWebhookForm({ values, action }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={keepInputSubmit(formAction)}
    >
      <WebhookFields prefix="edit-webhook" errors={errors} values={values} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save changes'}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
