import 'server-only';
import { desc, eq, inArray, max, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { webhookDeliveries, webhookEvents, webhooks, type WebhookRow } from '@/db/schema';
import type { Writer } from '@/lib/audit/record';
import { authorize, type Actor } from '@/lib/auth/actor';
import { notFound, parseInput, routeId } from '@/lib/errors';
import { toDeliveryDto, toWebhookDto, type DeliveryDto, type WebhookDto } from './dto';
import { deliveryListSchema } from './schemas';

const NO_WEBHOOK = 'No such webhook.';

/** A route or form id; anything that cannot be one is simply not found. */
export function parseWebhookId(raw: unknown): number {
  return routeId(raw, 'webhook', NO_WEBHOOK);
}

export function findWebhook(db: Writer, id: number): WebhookRow {
  const row = db.select().from(webhooks).where(eq(webhooks.id, id)).get();
  if (!row) throw notFound('webhook', NO_WEBHOOK);
  return row;
}

function lastDeliveries(db: Writer, ids: number[]): Map<number, WebhookDto['lastDelivery']> {
  if (ids.length === 0) return new Map();
  const latest = db.select({ id: max(webhookDeliveries.id) }).from(webhookDeliveries).where(inArray(webhookDeliveries.webhookId, ids)).groupBy(webhookDeliveries.webhookId);
  const rows = db.select().from(webhookDeliveries).where(inArray(webhookDeliveries.id, latest)).all();
  return new Map(rows.map((d) => [d.webhookId, { status: d.status, at: d.completedAt ?? d.lastAttemptAt ?? d.createdAt, statusCode: d.lastStatusCode }]));
}

export function webhookDto(db: Writer, row: WebhookRow): WebhookDto {
  return toWebhookDto(row, lastDeliveries(db, [row.id]).get(row.id) ?? null);
}

export function listWebhooks(actor: Actor): WebhookDto[] {
  authorize(actor, 'webhook:manage', 'webhook');
  const db = getDb();
  const rows = db.select().from(webhooks).orderBy(desc(webhooks.createdAt), desc(webhooks.id)).all();
  const last = lastDeliveries(db, rows.map((r) => r.id));
  return rows.map((row) => toWebhookDto(row, last.get(row.id) ?? null));
}

export function getWebhook(actor: Actor, rawId: unknown): WebhookDto {
  authorize(actor, 'webhook:manage', 'webhook');
  const db = getDb();
  return webhookDto(db, findWebhook(db, parseWebhookId(rawId)));
}

/** Deliveries with their event's id and type, newest first. */
function selectDeliveries(db: Writer, where: SQL, limit: number): DeliveryDto[] {
  return db
    .select({ delivery: webhookDeliveries, event: { uuid: webhookEvents.uuid, type: webhookEvents.type } })
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(where)
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit)
    .all()
    .map((r) => toDeliveryDto(r.delivery, r.event));
}

export function deliveryDto(db: Writer, deliveryId: number): DeliveryDto {
  const [delivery] = selectDeliveries(db, eq(webhookDeliveries.id, deliveryId), 1);
  if (!delivery) throw notFound('delivery', 'No such delivery.');
  return delivery;
}

/** The latest deliveries of one webhook, newest first (at most 100: a log to look at, not an archive). */
export function listDeliveries(actor: Actor, rawId: unknown, query: unknown = {}): DeliveryDto[] {
  authorize(actor, 'webhook:manage', 'webhook');
  const { limit } = parseInput(deliveryListSchema, query, 'delivery');
  const db = getDb();
  const webhook = findWebhook(db, parseWebhookId(rawId));
  return selectDeliveries(db, eq(webhookDeliveries.webhookId, webhook.id), limit);
}
