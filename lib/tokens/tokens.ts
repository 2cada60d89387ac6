import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { apiTokens } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type Actor } from '@/lib/auth/actor';
import { notFound, parseInput, routeId } from '@/lib/errors';
import { preparedPerConnection } from '@/lib/prepared';
import { loadActiveActor } from '@/lib/users/queries';
import { newToken, parseToken, secretMatches } from './token-format';

const DAY = 86_400_000;

const createTokenSchema = z.object({
  name: z.string().trim().min(1, 'Name the token, e.g. after the pipeline that uses it.').max(100, 'At most 100 characters.'),
  expiresInDays: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().int().min(1).max(3650).optional()),
});

export interface TokenDto {
  id: number;
  name: string;
  prefix: string;
  createdAt: number;
  expiresAt: number | null;
  lastUsedAt: number | null;
  revokedAt: number | null;
  status: 'active' | 'expired' | 'revoked';
}

const dto = (row: typeof apiTokens.$inferSelect, now = Date.now()): TokenDto => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.createdAt,
  expiresAt: row.expiresAt,
  lastUsedAt: row.lastUsedAt,
  revokedAt: row.revokedAt,
  status: row.revokedAt !== null ? 'revoked' : row.expiresAt !== null && row.expiresAt <= now ? 'expired' : 'active',
});

export function listOwnTokens(actor: Actor): TokenDto[] {
  authorize(actor, 'token:own', 'token');
  return getDb().select().from(apiTokens).where(eq(apiTokens.userId, actor.id)).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id)).all().map((row) => dto(row));
}

/** Returns the full token once; afterwards only its prefix and a hash exist. */
export function createTokenUseCase(actor: Actor, input: unknown): { token: string; info: TokenDto } {
  authorize(actor, 'token:own', 'token');
  const data = parseInput(createTokenSchema, input, 'token');
  const { token, prefix, secretHash } = newToken();
  const now = Date.now();
  return getDb().transaction((tx) => {
    const row = tx
      .insert(apiTokens)
      .values({ userId: actor.id, name: data.name, prefix, secretHash, createdAt: now, expiresAt: data.expiresInDays ? now + data.expiresInDays * DAY : null })
      .returning()
      .get();
    recordAudit(tx, { actorId: actor.id, action: 'token.create', entityType: 'token', entityId: row.id, after: { name: row.name, prefix, expiresAt: row.expiresAt } });
    return { token, info: dto(row) };
  });
}

const NO_TOKEN = 'No such active token.';

export function revokeTokenUseCase(actor: Actor, tokenId: unknown): void {
  authorize(actor, 'token:own', 'token');
  const id = routeId(tokenId, 'token', NO_TOKEN);
  getDb().transaction((tx) => {
    const where = and(eq(apiTokens.id, id), eq(apiTokens.userId, actor.id), isNull(apiTokens.revokedAt));
    const row = tx.update(apiTokens).set({ revokedAt: Date.now() }).where(where).returning().get();
    if (!row) throw notFound('token', NO_TOKEN);
    recordAudit(tx, { actorId: actor.id, action: 'token.revoke', entityType: 'token', entityId: id, after: { prefix: row.prefix } });
  });
}

const tokenByPrefix = preparedPerConnection((db) => db.select().from(apiTokens).where(eq(apiTokens.prefix, sql.placeholder('prefix'))).prepare());

/**
 * The user behind a token and the token's id (the audit log names it), or null when the token is
 * unknown, wrong, expired, revoked, or its user is deactivated.
 */
export function resolveToken(token: string, now = Date.now()): { actor: Actor; tokenId: number } | null {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const db = getDb();
  const row = tokenByPrefix().get({ prefix: parsed.prefix });
  if (!row || !secretMatches(parsed.secret, row.secretHash) || row.revokedAt !== null || (row.expiresAt !== null && row.expiresAt <= now)) return null;
  const actor = loadActiveActor(row.userId);
  if (!actor) return null;
  // Last use at minute precision: enough to spot an unused token without a write per request.
  if (row.lastUsedAt === null || now - row.lastUsedAt > 60_000) {
    db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id)).run();
  }
  return { actor, tokenId: row.id };
}

/** The user behind a token, or null when it is unknown, wrong, expired, revoked, or its user is deactivated. */
export function actorForToken(token: string, now = Date.now()): Actor | null {
  return resolveToken(token, now)?.actor ?? null;
}
