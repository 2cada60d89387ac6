import 'server-only';
import { desc } from 'drizzle-orm';
import { auditCheckpoints, auditHead, auditLog } from '@/db/schema';
import type { Db } from '@/db/client';
import { preparedPerConnection } from '@/lib/prepared';
import { enqueueEvent } from '@/lib/webhooks/outbox';
import { CHECKPOINT_EVERY, GENESIS, rowHash, signPosition } from './chain';
import { currentVia } from './context';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Writer = Db | Tx;

export interface AuditEntry {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** Runs in every audited write, so prepared once per connection; it reads inside the caller's transaction. */
const lastRow = preparedPerConnection((db) => db.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).prepare());

/**
 * Call inside the transaction that makes the change, so the change, its record and its webhook event
 * (the outbox) land together or not at all. The row extends the hash chain; the signed head moves to
 * it, and every `CHECKPOINT_EVERY` rows a signed checkpoint is appended.
 */
export function recordAudit(tx: Writer, entry: AuditEntry): void {
  const createdAt = Date.now();
  const last = lastRow().get();
  const row = {
    id: (last?.id ?? 0) + 1,
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    before: entry.before ?? null,
    after: entry.after ?? null,
    createdAt,
    via: currentVia(),
  };
  // Rows from before the chain existed carry no hash: the chain starts again from the genesis value.
  const hash = rowHash(last?.hash ?? GENESIS, row);
  tx.insert(auditLog).values({ ...row, hash }).run();
  const signature = signPosition(row.id, hash);
  tx.insert(auditHead)
    .values({ id: 1, seq: row.id, hash, signature, updatedAt: createdAt })
    .onConflictDoUpdate({ target: auditHead.id, set: { seq: row.id, hash, signature, updatedAt: createdAt } })
    .run();
  if (row.id % CHECKPOINT_EVERY === 0) tx.insert(auditCheckpoints).values({ seq: row.id, hash, signature, createdAt }).run();
  enqueueEvent(tx, entry, createdAt);
}
