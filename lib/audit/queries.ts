import 'server-only';
import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { csvCell } from '@/lib/csv';
import { parseInput } from '@/lib/errors';
import { likeEscaped, likePattern } from '@/lib/sql-like';
import { verifyAuditChain, type AuditVerification } from './verify';

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Give a date as YYYY-MM-DD.')
  .optional()
  .or(z.literal('').transform(() => undefined));
const text = z.string().trim().max(200).optional().transform((v) => v || undefined);

export const auditFiltersSchema = z.object({
  /** Part of the actor's name or email. */
  actor: text,
  /** An action or an action prefix: `alert` matches `alert.open` and `alert.resolve`. */
  action: text,
  entityType: text,
  entityId: text,
  /** Inclusive days, UTC. */
  from: day,
  to: day,
  /** Rows with a smaller sequence number than this: the next page. */
  before: z.coerce.number<unknown>().int().positive().optional().or(z.literal('').transform(() => undefined)),
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export interface AuditEntryDto {
  seq: number;
  createdAt: number;
  actor: string | null;
  /** `token:<id>` or `basic` when the actor came through the API, null for a browser session or a script. */
  via: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  hash: string | null;
}

const PAGE = 100;
const DAY_MS = 86_400_000;

function conditions(filters: AuditFilters): SQL | undefined {
  const list = [
    filters.actor ? or(likeEscaped(users.name, likePattern(filters.actor)), likeEscaped(users.email, likePattern(filters.actor))) : undefined,
    filters.action ? or(eq(auditLog.action, filters.action), likeEscaped(auditLog.action, likePattern(`${filters.action}.`, 'start'))) : undefined,
    filters.entityType ? eq(auditLog.entityType, filters.entityType) : undefined,
    filters.entityId ? eq(auditLog.entityId, filters.entityId) : undefined,
    filters.from ? gte(auditLog.createdAt, Date.parse(`${filters.from}T00:00:00Z`)) : undefined,
    filters.to ? lt(auditLog.createdAt, Date.parse(`${filters.to}T00:00:00Z`) + DAY_MS) : undefined,
    filters.before ? lt(auditLog.id, filters.before) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return list.length > 0 ? and(...list) : undefined;
}

function select(filters: AuditFilters) {
  return getDb()
    .select({
      seq: auditLog.id,
      createdAt: auditLog.createdAt,
      actor: sql<string | null>`CASE WHEN ${users.id} IS NULL THEN NULL ELSE ${users.name} || ' <' || ${users.email} || '>' END`,
      via: auditLog.via,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      hash: auditLog.hash,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(conditions(filters))
    .orderBy(desc(auditLog.id));
}

/** One page of the audit log, newest first, for admins and reviewers; `next` continues it. */
export function listAudit(actor: Actor, input: unknown): { entries: AuditEntryDto[]; next: number | null } {
  authorize(actor, 'audit:read', 'audit');
  const filters = parseInput(auditFiltersSchema, input, 'audit');
  const entries = select(filters).limit(PAGE + 1).all();
  const more = entries.length > PAGE;
  return { entries: entries.slice(0, PAGE), next: more ? entries[PAGE - 1]!.seq : null };
}

/** Every matching row, newest first, read a thousand at a time so an export of any size streams. */
function* allMatching(filters: AuditFilters): Generator<AuditEntryDto> {
  let before = filters.before;
  for (;;) {
    const page = select({ ...filters, before }).limit(1_000).all();
    yield* page;
    if (page.length < 1_000) return;
    before = page.at(-1)!.seq;
  }
}

// New columns go last so that readers of older exports keep their column positions.
const CSV_COLUMNS = ['seq', 'createdAt', 'actor', 'action', 'entityType', 'entityId', 'before', 'after', 'hash', 'via'] as const;

function* csvLines(rows: Iterable<AuditEntryDto>): Generator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  for (const row of rows) {
    const cells = { ...row, createdAt: new Date(row.createdAt).toISOString(), before: JSON.stringify(row.before), after: JSON.stringify(row.after) };
    yield `${CSV_COLUMNS.map((key) => csvCell(cells[key])).join(',')}\r\n`;
  }
}

function* jsonLines(rows: Iterable<AuditEntryDto>): Generator<string> {
  for (const row of rows) yield `${JSON.stringify({ ...row, createdAt: new Date(row.createdAt).toISOString() })}\n`;
}

/** The matching rows as CSV or JSON Lines, produced lazily: authorization and filters are checked before the first line. */
export function auditExport(actor: Actor, input: unknown, format: 'csv' | 'jsonl'): { contentType: string; lines: Generator<string> } {
  authorize(actor, 'audit:read', 'audit');
  const rows = allMatching(parseInput(auditFiltersSchema, input, 'audit'));
  return format === 'csv' ? { contentType: 'text/csv; charset=utf-8', lines: csvLines(rows) } : { contentType: 'application/x-ndjson', lines: jsonLines(rows) };
}

export function verifyAuditUseCase(actor: Actor): AuditVerification {
  authorize(actor, 'audit:verify', 'audit');
  return verifyAuditChain();
}

