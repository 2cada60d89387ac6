import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { verifyPassword } from '@/lib/auth/password';
import { AppError } from '@/lib/errors';
import { credentialsSchema } from '@/lib/users/schemas';
import { authenticate } from '@/lib/users/use-cases';
import { clearFailures, findRefusal, recordFailure, type Refusal } from './failures';
import { minutesLeft, refusalMessage } from './message';

export interface ThrottledResult {
  actor: Actor | null;
  refusal: Refusal | null;
}

/**
 * The first hop of `x-forwarded-for`. Next.js fills that header with the socket's address when the
 * client sent none, so without a proxy in front it is the request's own IP. Capped in length because
 * the header is the client's to write.
 */
export function clientIp(headers: Headers): string | null {
  const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return first ? first.slice(0, 64) : null;
}

/**
 * `authenticate` behind the sign-in throttle: over a limit the password is not checked at all, a
 * wrong one counts against the account and the IP, and a right one clears the account's failures.
 */
export async function authenticateThrottled(input: unknown, ip: string | null, now = Date.now()): Promise<ThrottledResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { actor: null, refusal: null };
  const { email, password } = parsed.data;
  const refusal = findRefusal(email, ip, now);
  if (refusal) {
    // A refused attempt costs the caller a full hash too, so hammering a locked account is no faster than guessing.
    await verifyPassword(password, null);
    return { actor: null, refusal };
  }
  const actor = await authenticate(parsed.data);
  if (actor) clearFailures(email);
  else recordFailure(email, ip, now);
  return { actor, refusal: null };
}

/** HTTP Basic email + password for the API: a refusal is a 429 with the same plain message as the form. */
export async function authenticateBasic(input: { email: string; password: string }, ip: string | null, now = Date.now()): Promise<Actor | null> {
  const { actor, refusal } = await authenticateThrottled(input, ip, now);
  if (refusal) throw new AppError('rate_limited', 'sign_in', refusalMessage(refusal.scope, minutesLeft(refusal, now)));
  return actor;
}
