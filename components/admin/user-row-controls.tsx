'use client';

import { useActionState } from 'react';
import { useSuccessToast } from '@/components/toast/use-success-toast';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/native-select';
import type { ActionResult } from '@/lib/actions/result';
import { formatUtcMinute } from '@/lib/format-utc';

/** Rounded up, like the sign-in form's "try again in N minutes": at the minute shown the lock is over. */
const roundUpToMinute = (ms: number) => Math.ceil(ms / 60_000) * 60_000;

type FormAction = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

interface Props {
  user: { id: number; name: string; role: string; active: boolean; signInLockedUntil: number | null };
  roles: { value: string; label: string }[];
  isSelf: boolean;
  action: FormAction;
  unlock: FormAction;
}

export function UserRowControls({ user, roles, isSelf, action, unlock }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  // Held here rather than next to the button, which goes away with the lock: the toast must still show.
  const [unlockState, unlockAction, unlocking] = useActionState(unlock, { ok: true });
  useSuccessToast(state);
  useSuccessToast(unlockState);
  const lockedUntil = user.signInLockedUntil;
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
      {lockedUntil !== null && (
        <form action={unlockAction} className="flex items-center gap-2">
          <Badge variant="warning">
            Sign-in locked until <time dateTime={new Date(lockedUntil).toISOString()}>{formatUtcMinute(roundUpToMinute(lockedUntil)).slice(11)}</time>
          </Badge>
          <Button type="submit" size="sm" variant="outline" disabled={unlocking} aria-label={`Clear sign-in lock of ${user.name}`}>
            Clear sign-in lock
          </Button>
        </form>
      )}
      <span aria-live="polite" className="text-xs text-danger">
        {!state.ok && state.message} {!unlockState.ok && unlockState.message}
      </span>
    </div>
  );
}
