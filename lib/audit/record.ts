import 'server-only';
import { auditLog } from '@/db/schema';
import type { Db } from '@/db/client';
import { enqueueEvent } from '@/lib/webhooks/outbox';

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

/**
 * Call inside the transaction that makes the change, so the change, its record and its webhook event
 * (the outbox) land together or not at all.
 */
export function recordAudit(tx: Writer, entry: AuditEntry): void {
  const createdAt = Date.now();
  tx.insert(auditLog)
    .values({
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: entry.before ?? null,
      after: entry.after ?? null,
      createdAt,
    })
    .run();
  enqueueEvent(tx, entry, createdAt);
}
