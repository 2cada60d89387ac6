'use client';

import { useActionState } from 'react';
import { idle, type ActionResult } from '@/lib/actions/result';
import type { Direction } from '@/lib/compare/types';

/** ⇅ next to a metric: reverses which way it is better for the model, and says so when that is refused. */
export function FlipDirection({ metric, next, action }: { metric: string; next: Direction; action: () => Promise<ActionResult> }) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="inline">
      <button type="submit" disabled={pending} className="ml-1 rounded px-1 text-xs text-primary hover:underline" aria-label={`Rank ${metric} as ${next} is better`}>
        ⇅
      </button>
      {!state.ok && (
        <span role="alert" className="ml-1 text-xs font-normal text-danger">
          {state.message}
        </span>
      )}
    </form>
  );
}
