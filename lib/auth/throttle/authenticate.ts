import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { verifyPassword } from '@/lib/auth/password';
import { AppError } from '@/lib/errors';
import { credentialsSchema } from '@/lib/users/schemas';
import { authenticate } from '@/lib/users/use-cases';
import { attemptSucceeded, beginAttempt, type Refusal } from './failures';
import { minutesLeft, refusalMessage } from './message';

interface ThrottledResult {
  actor: Actor | null;
  refusal: Refusal | null;
}

/**
 * `authenticate` behind the sign-in throttle: over a limit the password is not checked at all; under
 * it the attempt counts as a failure before the check, and a right password takes that back and
 * clears the account's earlier failures.
 */
export async function authenticateThrottled(input: unknown, ip: string | null, now = Date.now()): Promise<ThrottledResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { actor: null, refusal: null };
  const { email, password } = parsed.data;
  const attempt = beginAttempt(email, ip, now);
  if ('refusal' in attempt) {
    // A refused attempt costs the caller a full hash too, so hammering a locked account is no faster than guessing.
    await verifyPassword(password, null);
    return { actor: null, refusal: attempt.refusal };
  }
  const actor = await authenticate(parsed.data);
  if (actor) attemptSucceeded(attempt.pending);
  return { actor, refusal: null };
}

/** HTTP Basic email + password for the API: a refusal is a 429 with the same plain message as the form. */
export async function authenticateBasic(input: { email: string; password: string }, ip: string | null, now = Date.now()): Promise<Actor | null> {
  const { actor, refusal } = await authenticateThrottled(input, ip, now);
  if (refusal) throw new AppError('rate_limited', 'sign_in', refusalMessage(refusal.scope, minutesLeft(refusal, now)));
  return actor;
}
