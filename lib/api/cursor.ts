import 'server-only';
import crypto from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';
import { AppError } from '@/lib/errors';

/**
 * Opaque page tokens: the offset and a fingerprint of the query, signed so that a client can
 * neither forge an offset nor reuse a token with different filters.
 */
function sign(payload: string): string {
  return crypto.createHmac('sha256', authSecret()).update(`cursor:${payload}`).digest('base64url').slice(0, 22);
}

export function encodeCursor(offset: number, fingerprint: string): string {
  const payload = Buffer.from(JSON.stringify({ o: offset, f: fingerprint })).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

export function decodeCursor(cursor: string, fingerprint: string): number {
  const [payload = '', signature = ''] = cursor.split('.');
  const given = Buffer.from(signature);
  const expected = Buffer.from(sign(payload));
  const valid = given.length === expected.length && crypto.timingSafeEqual(given, expected);
  if (valid) {
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { o?: unknown; f?: unknown };
    if (data.f === fingerprint && Number.isInteger(data.o) && (data.o as number) >= 0) return data.o as number;
  }
  throw new AppError('bad_request', 'cursor', 'The page token is invalid or belongs to another query.');
}
