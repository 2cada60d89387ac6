import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/**
 * One row per change, written in the same transaction as the change itself. Append-only (triggers
 * refuse UPDATE and DELETE) and chained: `hash` = SHA-256(previous hash ‖ canonical JSON of the row).
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorId: integer('actor_id').references(() => users.id),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before', { mode: 'json' }).$type<unknown>(),
    after: text('after', { mode: 'json' }).$type<unknown>(),
    createdAt: integer('created_at').notNull(),
    /** How the actor reached us when it was not an interactive session, e.g. `token:12` for an API token. */
    via: text('via'),
    /** Null only for rows written before the chain existed. */
    hash: text('hash'),
  },
  (t) => [index('audit_entity_idx').on(t.entityType, t.entityId, t.id)],
);

/** The chain's latest row, signed with a key kept outside the database: cutting rows off the end shows. */
export const auditHead = sqliteTable('audit_head', {
  id: integer('id').primaryKey(),
  seq: integer('seq').notNull(),
  hash: text('hash').notNull(),
  signature: text('signature').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** Signed chain positions every so many rows (append-only): a rewritten chain cannot match them. */
export const auditCheckpoints = sqliteTable('audit_checkpoints', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  seq: integer('seq').notNull(),
  hash: text('hash').notNull(),
  signature: text('signature').notNull(),
  createdAt: integer('created_at').notNull(),
});

export type AuditRow = typeof auditLog.$inferSelect;
