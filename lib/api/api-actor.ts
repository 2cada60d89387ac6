import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { actorForToken } from '@/lib/tokens/tokens';
import { parseToken } from '@/lib/tokens/token-format';
import { authenticate } from '@/lib/users/use-cases';

export type Credential = { kind: 'header'; actor: Actor | null } | { kind: 'cookie'; actor: Actor | null };

/**
 * Who is calling the API: `Authorization: Bearer <token>`, HTTP Basic with email + password or
 * email + token (as MLflow clients send them), or else the browser session cookie. A header that
 * does not check out is a failure; it never falls back to the cookie.
 */
export async function resolveApiActor(authorization: string | null): Promise<Credential> {
  if (!authorization) return { kind: 'cookie', actor: await getActor() };
  const [scheme, value = ''] = authorization.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() === 'bearer') return { kind: 'header', actor: actorForToken(value) };
  if (scheme?.toLowerCase() !== 'basic') return { kind: 'header', actor: null };
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { kind: 'header', actor: null };
  const username = decoded.slice(0, colon).trim().toLowerCase();
  const secret = decoded.slice(colon + 1);
  if (parseToken(secret)) {
    const actor = actorForToken(secret);
    return { kind: 'header', actor: actor && actor.email === username ? actor : null };
  }
  return { kind: 'header', actor: await authenticate({ email: username, password: secret }) };
}
