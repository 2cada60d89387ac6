'use client';

import { useActionState } from 'react';
import { useSuccessToast } from '@/components/toast/use-success-toast';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/native-select';
import type { ActionResult } from '@/lib/actions/result';

interface Props {
  user: { id: number; name: string; role: string; active: boolean };
  roles: { value: string; label: string }[];
  isSelf: boolean;
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
}

export function UserRowControls({ user, roles, isSelf, action }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  useSuccessToast(state);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={formAction} className="flex items-center gap-2">
        <NativeSelect name="role" defaultValue={user.role} aria-label={`Role of ${user.name}`} disabled={isSelf} className="w-40">
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </NativeSelect>
        <Button type="submit" size="sm" variant="outline" disabled={pending || isSelf}>
          Save role
        </Button>
      </form>
      <form action={formAction}>
        <input type="hidden" name="active" value={user.active ? 'false' : 'true'} />
        <Button type="submit" size="sm" variant={user.active ? 'danger' : 'secondary'} disabled={pending || isSelf}>
          {user.active ? 'Deactivate' : 'Reactivate'}
        </Button>
      </form>
      <span aria-live="polite" className="text-xs text-danger">
        {!state.ok && state.message}
      </span>
    </div>
  );
}
