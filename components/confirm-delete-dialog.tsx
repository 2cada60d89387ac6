'use client';

import { useActionState, useState } from 'react';
import { FormStatus } from '@/components/form-status';
import { Button } from '@/components/ui/button';
import { DangerDialog } from '@/components/danger-dialog';
import { DialogFooter } from '@/components/ui/dialog';
import { Field, fieldA11y } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { idle, type ActionResult } from '@/lib/actions/result';

interface Props {
  /** What the trigger button says, e.g. "Delete model". */
  label: string;
  title: string;
  description: string;
  /** The text to type before the delete button wakes up, so a stray click never deletes anything. */
  confirmText: string;
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
}

export function ConfirmDeleteDialog({ label, title, description, confirmText, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const [typed, setTyped] = useState('');
  return (
    <DangerDialog label={label} title={title} description={description} onOpenChange={() => setTyped('')}>
      <form action={formAction} className="space-y-4">
        <Field id="confirm-delete" label={`Type ${confirmText} to confirm`}>
          <Input {...fieldA11y('confirm-delete')} autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </Field>
        <FormStatus state={state} />
        <DialogFooter>
          <Button type="submit" variant="danger" disabled={typed !== confirmText || pending}>
            {pending ? 'Deleting…' : label}
          </Button>
        </DialogFooter>
      </form>
    </DangerDialog>
  );
}
