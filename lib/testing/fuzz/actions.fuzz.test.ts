import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { ActionResult } from '@/lib/actions/result';
import { ROOT } from '@/lib/auth/permission-matrix/http';
import { Redirected, signInAs } from '@/lib/auth/permission-matrix/session-double';
import { contextFor, withMatrixWorkspace } from '@/lib/auth/permission-matrix/workspace';
import { publicError } from '@/lib/errors';
import { actionArgs } from './action-args';
import { contentDigest } from './digest';
import { fuzzOptions } from './options';
import { actionTargets } from './targets';

vi.mock('@/lib/auth/auth', () => import('@/lib/auth/permission-matrix/session-double'));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('next/navigation', async (original) => ({ ...(await original<object>()), redirect: (await import('@/lib/auth/permission-matrix/session-double')).redirect }));

const RUNS = 30;
/** What withActor answers when a use case failed in a way nobody planned for: the fuzzer's 500. */
const INTERNAL = publicError(new Error('unplanned')).message;
/** notFound(), forbidden() and unauthorized() from next/navigation: signals Next.js turns into pages. */
const NEXT_SIGNAL = /^NEXT_HTTP_ERROR_FALLBACK;40[134]$/;

type Action = (...args: unknown[]) => Promise<ActionResult>;

/** A redirect follows a success (it may have written); notFound() and its kin are refusals (they must not have). */
async function perform(action: Action, args: unknown[]): Promise<ActionResult | 'redirect' | 'refused'> {
  try {
    return await action(...args);
  } catch (error) {
    if (error instanceof Redirected) return 'redirect';
    if (NEXT_SIGNAL.test(String((error as { digest?: unknown }).digest))) return 'refused';
    throw error;
  }
}

const fixture = withMatrixWorkspace();

describe.each(actionTargets().map((t) => [t.key, t] as const))('%s', (title, { cases }) => {
  it('answers junk from an admin with ok:false that changed nothing, never an unplanned error', async () => {
    const fx = fixture();
    const admin = contextFor(fx, 'admin');
    const samples = cases.map((c) => c.args({ ...admin, made: c.setup?.(admin) ?? {} }));
    const { file, action: name } = cases[0]!;
    const action = ((await import(/* @vite-ignore */ path.join(ROOT, 'app', file))) as Record<string, Action>)[name]!;
    signInAs(fx.users.admin.id);
    try {
      await fc.assert(
        fc.asyncProperty(actionArgs(samples), async (args) => {
          const before = contentDigest();
          const result = await perform(action, args);
          if (result === 'redirect') return;
          if (result === 'refused') return expect(contentDigest(), 'refused with a Next.js signal but changed the database').toEqual(before);
          expect(result).toMatchObject({ ok: expect.any(Boolean) });
          if (result.ok) return;
          expect(result.message).toEqual(expect.any(String));
          expect(result.message, JSON.stringify(result)).not.toBe(INTERNAL);
          expect(contentDigest(), `refused with "${result.message}" but changed the database`).toEqual(before);
        }),
        fuzzOptions(title, RUNS),
      );
    } finally {
      signInAs(null);
    }
  });
});
