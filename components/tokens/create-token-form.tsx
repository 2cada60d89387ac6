'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/form-status';
import { Button } from '@/components/ui/button';
import { Field, fieldA11y } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import type { ActionResult } from '@/lib/actions/result';

interface Props {
  action: (prev: ActionResult<string>, formData: FormData) => Promise<ActionResult<string>>;
}

export function CreateTokenForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <div className="space-y-4">
      <form action={formAction} className="flex flex-wrap items-start gap-3" noValidate>
        <Field id="token-name" label="Name" error={errors.name}>
          <Input {...fieldA11y('token-name', errors.name, { name: 'name' })} placeholder="nightly-training" className="w-64" />
        </Field>
        <Field id="token-expiry" label="Expires after (days)" hint="Empty: never." error={errors.expiresInDays}>
          <Input {...fieldA11y('token-expiry', errors.expiresInDays, { name: 'expiresInDays', hint: true })} type="number" min={1} max={3650} className="w-40" />
        </Field>
        <Button type="submit" className="mt-6" disabled={pending}>
          Create token
        </Button>
      </form>
      <FormStatus state={state} />
      {state.ok && typeof state.data === 'string' && (
        <div className="space-y-2">
          <label htmlFor="new-token" className="text-sm font-medium">
            Your new token
          </label>
          <div className="flex gap-2">
            <Input id="new-token" readOnly value={state.data} className="font-mono" onFocus={(e) => e.currentTarget.select()} />
            <Button type="button" variant="outline" onClick={() => void navigator.clipboard?.writeText(state.data as string)}>
              Copy
            </Button>
          </div>
          <p className="text-xs text-muted-fg">
            Send it as <code>Authorization: Bearer …</code>, or as the password with your email as the user name (MLFLOW_TRACKING_TOKEN works too).
          </p>
        </div>
      )}
    </div>
  );
}
