import { expect } from 'vitest';
import type { ActionResult } from '@/lib/actions/result';
import { tableCounts } from '@/lib/testing/temp-workspace';
import { ACTOR_KINDS, type ActorKind } from './fixture';
import type { HttpAnswer } from './http';
import { mayDo, type Permitted } from './workspace';

export type Outcome = 'succeeds' | 'is refused' | 'must sign in';

export function outcomeOf(permitted: Permitted, kind: ActorKind): Outcome {
  if (kind === 'signed_out' || kind === 'deactivated') return 'must sign in';
  return mayDo(permitted, kind) ? 'succeeds' : 'is refused';
}

/** `it.each` rows, titled: every kind of actor with what must happen to them. */
export const attempts = (permitted: Permitted) =>
  ACTOR_KINDS.map((kind) => {
    const outcome = outcomeOf(permitted, kind);
    return [`${kind} ${outcome}`, { kind, outcome }] as const;
  });

/** What the use cases say when they refuse for lack of a role, ownership or authorship. */
export const PERMISSION_MESSAGES = [
  'You do not have permission to do that.',
  'Only the owner, their team or an admin can change this model.',
  'Only the requester or an admin can cancel a request.',
  'Only its author can edit a comment.',
  'Only the user who started this run can write to it.',
  'Changing a stage directly needs an admin; request a promotion instead.',
  "Only an admin can change a model's risk tier: it decides how many approvals a promotion needs.",
  'You made this request: separation of duties means someone else must decide it.',
  'You registered this version: separation of duties means someone else must decide it.',
];

export const SESSION_ENDED = 'Your session has ended. Sign in again.';

const CODES = { rest: { 401: /^unauthorized$/, 403: /^forbidden:(?!origin)/ }, mlflow: { 401: /^UNAUTHENTICATED$/, 403: /^PERMISSION_DENIED$/ } };

/** A refused or unauthenticated call answers with its status and code and leaves every table as it was. */
export function expectHttp(dialect: 'rest' | 'mlflow', answer: HttpAnswer, outcome: Outcome, before: Record<string, number>): void {
  const detail = JSON.stringify(answer.body);
  if (outcome === 'succeeds') {
    expect(answer.status >= 200 && answer.status < 300, `expected 2xx, got ${answer.status} ${detail}`).toBe(true);
    return;
  }
  const status = outcome === 'must sign in' ? 401 : 403;
  expect(answer.status, detail).toBe(status);
  const code = dialect === 'rest' ? answer.body?.error?.code : answer.body?.error_code;
  expect(code, detail).toMatch(CODES[dialect][status]);
  expect(tableCounts()).toEqual(before);
}

/** An action that redirected has succeeded; `Redirected` is what the redirect double throws. */
export function expectAction(result: ActionResult | 'redirected', outcome: Outcome, before: Record<string, number>, refusal?: string): void {
  const detail = JSON.stringify(result);
  if (outcome === 'succeeds') {
    expect(result === 'redirected' || result.ok, `expected success, got ${detail}`).toBe(true);
    return;
  }
  expect(result, detail).not.toBe('redirected');
  const refused = result as Exclude<ActionResult, { ok: true }>;
  expect(refused.ok, detail).toBe(false);
  if (outcome === 'must sign in') expect(refused.message).toBe(SESSION_ENDED);
  else if (refusal) expect(refused.message).toBe(refusal);
  else expect(PERMISSION_MESSAGES, detail).toContain(refused.message);
  expect(tableCounts()).toEqual(before);
}
