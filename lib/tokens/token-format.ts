import crypto from 'node:crypto';

/** `mb_<prefix>_<secret>`: the prefix (public) finds the row, the secret (shown once) proves possession. */
const PATTERN = /^mb_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export function newToken(): { token: string; prefix: string; secretHash: string } {
  const prefix = crypto.randomBytes(6).toString('hex');
  const secret = crypto.randomBytes(32).toString('base64url');
  return { token: `mb_${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

export function parseToken(token: string): { prefix: string; secret: string } | null {
  const match = PATTERN.exec(token);
  return match ? { prefix: match[1] as string, secret: match[2] as string } : null;
}

/** A plain sha256 suffices: the secret has 256 bits of entropy, so there is nothing to brute-force. */
function hashSecret(secret: string): string {
  return crypto.createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
