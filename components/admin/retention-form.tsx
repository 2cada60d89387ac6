'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/form-status';
import { keepInputSubmit } from '@/components/keep-input-submit';
import { Button } from '@/components/ui/button';
import { Field, fieldA11y } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { idle, type ActionResult } from '@/lib/actions/result';

interface Props {
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
}

/** The retention rule, run by hand: artifacts of versions retired at least so many days ago are deleted for good. */
export function RetentionForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <form noValidate className="grid gap-4 sm:grid-cols-2" onSubmit={keepInputSubmit(formAction)}>
      <Field id="retention-days" label="Retired at least (days ago)" hint="0 to 3650; 0 includes versions retired today." error={errors.retiredBeforeDays}>
        <Input {...fieldA11y('retention-days', errors.retiredBeforeDays, { name: 'retiredBeforeDays', hint: true })} type="number" inputMode="numeric" min={0} max={3650} step={1} defaultValue={365} required />
      </Field>
      <Field id="retention-model" label="Model (optional)" hint="Leave empty for every model." error={errors.model}>
        <Input {...fieldA11y('retention-model', errors.model, { name: 'model', hint: true })} autoComplete="off" />
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? 'Deleting…' : 'Delete retired artifacts'}
        </Button>
      </div>
      <FormStatus state={state} className="sm:col-span-2" />
    </form>
  );
}
