import 'server-only';
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { preparedPerConnection } from '@/lib/prepared';
import { webhookDeliveries, webhookEvents, webhooks } from '@/db/schema';
import type { AuditEntry, Writer } from '@/lib/audit/record';
import { eventForAction, subscribes, type EventType } from './events';
import { buildPayload } from './payload';
import { nudgeAfterCommit } from './running';

/**
 * Runs inside every audited write (thousands a second under load), so the statement is prepared once per
 * connection. It reads inside the caller's transaction because SQLite transactions belong to the connection.
 */
const activeWebhooks = preparedPerConnection((db) => db.select({ id: webhooks.id, events: webhooks.events }).from(webhooks).where(eq(webhooks.active, true)).prepare());

/** Writes one event and a pending delivery to each of the given webhooks. */
export function writeEvent(tx: Writer, type: EventType, entry: AuditEntry, occurredAt: number, webhookIds: number[]): { id: number; webhookId: number }[] {
  const uuid = crypto.randomUUID();
  const payload = buildPayload(tx, uuid, type, entry, occurredAt);
  const event = tx.insert(webhookEvents).values({ uuid, type, payload: JSON.stringify(payload), createdAt: occurredAt }).returning({ id: webhookEvents.id }).get();
  const deliveries = tx
    .insert(webhookDeliveries)
    .values(webhookIds.map((webhookId) => ({ uuid: crypto.randomUUID(), webhookId, eventId: event.id, nextAttemptAt: occurredAt, createdAt: occurredAt })))
    .returning({ id: webhookDeliveries.id, webhookId: webhookDeliveries.webhookId })
    .all();
  nudgeAfterCommit();
  return deliveries;
}

/** The audited change's event, fanned out to every active webhook subscribed to it, in the change's transaction. */
export function enqueueEvent(tx: Writer, entry: AuditEntry, occurredAt: number): void {
  const type = eventForAction(entry.action);
  if (!type) return;
  const targets = activeWebhooks().all().filter((w) => subscribes(w.events, type));
  if (targets.length === 0) return;
  writeEvent(tx, type, entry, occurredAt, targets.map((w) => w.id));
}
