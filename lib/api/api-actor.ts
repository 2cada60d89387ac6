import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { authenticateBasic } from '@/lib/auth/throttle/authenticate';
import { resolveToken } from '@/lib/tokens/tokens';
import { parseToken } from '@/lib/tokens/token-format';

/** `via` is what the audit log records: `token:<id>`, `basic` for email + password, null for the session cookie. */
export type Credential = { kind: 'header'; actor: Actor | null; via: string | null } | { kind: 'cookie'; actor: Actor | null; via: null };

const rejected: Credential = { kind: 'header', actor: null, via: null };

function byToken(token: string, email?: string): Credential {
  const found = resolveToken(token);
  if (!found || (email !== undefined && found.actor.email !== email)) return rejected;
  return { kind: 'header', actor: found.actor, via: `token:${found.tokenId}` };
}

/**
 * Who is calling the API: `Authorization: Bearer <token>`, HTTP Basic with email + password or
 * email + token (as MLflow clients send them), or else the browser session cookie. A header that
 * does not check out is a failure; it never falls back to the cookie.
 */
export async function resolveApiActor(authorization: string | null, ip: string | null = null): Promise<Credential> {
  if (!authorization) return { kind: 'cookie', actor: await getActor(), via: null };
  const [scheme, value = ''] = authorization.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() === 'bearer') return byToken(value);
  if (scheme?.toLowerCase() !== 'basic') return rejected;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return rejected;
  const username = decoded.slice(0, colon).trim().toLowerCase();
  const secret = decoded.slice(colon + 1);
  if (parseToken(secret)) return byToken(secret, username);
  const actor = await authenticateBasic({ email: username, password: secret }, ip);
  return actor ? { kind: 'header', actor, via: 'basic' } : rejected;
}
