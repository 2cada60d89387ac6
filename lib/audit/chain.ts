import 'server-only';
import crypto from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';

/** The hash before the first row. */
export const GENESIS = '0'.repeat(64);
/** A signed checkpoint every this many rows; the signed head covers the rows since. */
export const CHECKPOINT_EVERY = 1_000;

export interface ChainedRow {
  id: number;
  createdAt: number;
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  via?: string | null;
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]));
}

/**
 * JSON with object keys sorted at every depth and no whitespace. The value goes through a JSON round
 * trip first, so a row hashes the same when written and when read back from the database.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortedKeys(JSON.parse(JSON.stringify(value ?? null))));
}

export function rowHash(previous: string, row: ChainedRow): string {
  const { id, createdAt, actorId, action, entityType, entityId, before, after, via } = row;
  // `via` joined the row later: leaving it out when null keeps the hashes of older rows valid.
  const canonical = { seq: id, createdAt, actorId, action, entityType, entityId, before: before ?? null, after: after ?? null, ...(via == null ? {} : { via }) };
  return crypto.createHash('sha256').update(previous).update(canonicalJson(canonical)).digest('hex');
}

/** `AUDIT_KEY`, else a key derived from the auth secret: either way it lives outside the database file. */
function auditKey(): Buffer {
  const key = process.env.AUDIT_KEY;
  return key ? Buffer.from(key) : crypto.createHmac('sha256', authSecret()).update('modelboard audit chain').digest();
}

export function signPosition(seq: number, hash: string): string {
  return crypto.createHmac('sha256', auditKey()).update(`${seq}:${hash}`).digest('hex');
}

export function validSignature(seq: number, hash: string, signature: string): boolean {
  const expected = Buffer.from(signPosition(seq, hash), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
