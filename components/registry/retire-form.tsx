'use client';

import { useActionState, useId } from 'react';
import { FormStatus } from '@/components/form-status';
import { keepInputSubmit } from '@/components/keep-input-submit';
import { Button } from '@/components/ui/button';
import { DangerDialog } from '@/components/danger-dialog';
import { DialogClose, DialogFooter } from '@/components/ui/dialog';
import { Field, fieldA11y } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { idle, type ActionResult } from '@/lib/actions/result';

interface Props {
  /** Trigger and submit text, e.g. "Retire version 3" or "Retire model". */
  label: string;
  title: string;
  /** What retiring does here, read before the reason is typed. */
  description: string;
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
}

/** Retirement cannot be undone, so it sits behind a dialog and needs a reason the audit log keeps. */
export function RetireForm({ label, title, description, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const id = `retire-reason-${useId()}`;
  const error = state.ok ? undefined : state.fieldErrors?.reason;
  return (
    <DangerDialog label={label} title={title} description={description}>
      <form noValidate className="space-y-4" onSubmit={keepInputSubmit(formAction)}>
        <Field id={id} label="Reason" hint="3 to 2,000 characters, kept in the audit log and shown with the version." error={error}>
          <Textarea {...fieldA11y(id, error, { name: 'reason', hint: true })} required rows={4} maxLength={2000} />
        </Field>
        <FormStatus state={state} />
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="outline">
              Cancel
            </Button>
          </DialogClose>
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? 'Retiring…' : label}
          </Button>
        </DialogFooter>
      </form>
    </DangerDialog>
  );
}
