'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, fieldA11y } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { FormStatus } from '@/components/form-status';
import type { ActionResult } from '@/lib/actions/result';

interface Props {
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
  roles: { value: string; label: string }[];
}

export function CreateUserForm({ action, roles }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <form action={formAction} className="grid gap-4 sm:grid-cols-2" noValidate>
      <Field id="user-name" label="Name" error={errors.name}>
        <Input {...fieldA11y('user-name', errors.name, { name: 'name' })} autoComplete="off" />
      </Field>
      <Field id="user-email" label="Email" error={errors.email}>
        <Input {...fieldA11y('user-email', errors.email, { name: 'email' })} type="email" autoComplete="off" />
      </Field>
      <Field id="user-password" label="Initial password" hint="At least 10 characters." error={errors.password}>
        <Input {...fieldA11y('user-password', errors.password, { name: 'password', hint: true })} type="password" autoComplete="new-password" />
      </Field>
      <Field id="user-role" label="Role" error={errors.role}>
        <NativeSelect {...fieldA11y('user-role', errors.role, { name: 'role' })} defaultValue="viewer">
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field id="user-team" label="Team" error={errors.team}>
        <Input {...fieldA11y('user-team', errors.team, { name: 'team' })} />
      </Field>
      <div className="flex items-end">
        <Button type="submit" disabled={pending}>
          {pending ? 'Creating…' : 'Create user'}
        </Button>
      </div>
      <FormStatus state={state} className="sm:col-span-2" />
    </form>
  );
}
