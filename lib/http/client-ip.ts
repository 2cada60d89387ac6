const DEFAULT_HOPS = 1;
// An IPv6 address with a zone is under 64 characters; anything longer is junk from the client.
const MAX_LENGTH = 64;

/** `TRUSTED_PROXY_HOPS`: how many proxies in front of us append to `X-Forwarded-For`. Anything but a whole number ≥ 1 means 1. */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUSTED_PROXY_HOPS?.trim() ?? '';
  const hops = /^\d{1,3}$/.test(raw) ? Number(raw) : DEFAULT_HOPS;
  return hops >= 1 ? hops : DEFAULT_HOPS;
}

/**
 * The client's address as the outermost trusted proxy saw it: the entry `TRUSTED_PROXY_HOPS` places
 * from the right of `X-Forwarded-For`. Entries to its left are whatever the client sent, so taking the
 * first hop would let anyone choose their address. An appending proxy (nginx `$proxy_add_x_forwarded_for`,
 * an AWS ALB) puts the address it saw last. With no proxy, Next.js fills the header from the socket only
 * when the client sent none, so there the value is the client's to choose: run behind a proxy.
 * A header shorter than the hop count was written by trusted proxies alone, so its first entry is used.
 */
export function clientIp(headers: Headers, hops = trustedProxyHops()): string | null {
  const entries = headers.get('x-forwarded-for')?.split(',');
  if (!entries) return null;
  const entry = entries[Math.max(0, entries.length - hops)]?.trim();
  return entry ? entry.slice(0, MAX_LENGTH) : null;
}
