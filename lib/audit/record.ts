import 'server-only';
import { auditLog } from '@/db/schema';
import type { Db } from '@/db/client';

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

/** Call inside the transaction that makes the change, so the change and its record land together. */
export function recordAudit(tx: Writer, entry: AuditEntry): void {
  tx.insert(auditLog)
    .values({
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: entry.before ?? null,
      after: entry.after ?? null,
      createdAt: Date.now(),
    })
    .run();
}
