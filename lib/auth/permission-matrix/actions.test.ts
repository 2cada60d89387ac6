import path from 'node:path';
import { describe, it, vi } from 'vitest';
import type { ActionResult } from '@/lib/actions/result';
import { tableCounts } from '@/lib/testing/temp-workspace';
import { ACTION_CASES } from './action-cases';
import { actionKey, type ActionCase } from './cases';
import { ROOT } from './http';
import { attempts, expectAction } from './outcome';
import { Redirected, signInAs } from './session-double';
import { prepare, withMatrixWorkspace } from './workspace';

// The session names a user id and the real getActor loads that user, so a deactivated one is nobody.
vi.mock('@/lib/auth/auth', () => import('./session-double'));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('next/navigation', async (original) => ({ ...(await original<object>()), redirect: (await import('./session-double')).redirect }));

type Action = (...args: unknown[]) => Promise<ActionResult>;

async function loadAction(c: ActionCase): Promise<Action> {
  const mod = (await import(/* @vite-ignore */ path.join(ROOT, 'app', c.file))) as Record<string, Action | undefined>;
  const action = mod[c.action];
  if (typeof action !== 'function') throw new Error(`${c.file} exports no ${c.action}`);
  return action;
}

/** A redirect is how several actions report success. */
async function perform(action: Action, args: unknown[]): Promise<ActionResult | 'redirected'> {
  try {
    return await action(...args);
  } catch (error) {
    if (error instanceof Redirected) return 'redirected';
    throw error;
  }
}

const fixture = withMatrixWorkspace();
const title = (c: ActionCase) => `${actionKey(c)}${c.variant ? ` (${c.variant})` : ''}`;

describe.each(ACTION_CASES.map((c) => [title(c), c] as const))('%s', (_, c) => {
  it.each(attempts(c))('%s', async (__, { kind, outcome }) => {
    const ctx = prepare(fixture(), kind, c);
    const action = await loadAction(c);
    const args = c.args(ctx);
    signInAs(ctx.user?.id ?? null);
    const before = tableCounts();
    try {
      expectAction(await perform(action, args), outcome, before, c.refusal);
    } finally {
      signInAs(null);
    }
  });
});
