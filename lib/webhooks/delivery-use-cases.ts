import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { webhookDeliveries } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type Actor } from '@/lib/auth/actor';
import { conflict, notFound } from '@/lib/errors';
import type { DeliveryDto } from './dto';
import { writeEvent } from './outbox';
import { deliveryDto, findWebhook, parseWebhookId } from './queries';
import { nudgeAfterCommit } from './running';
import { deliveryIdSchema } from './schemas';

const NO_DELIVERY = 'No such delivery for this webhook.';

/** A `webhook.test` event to this endpoint only, sent even while it is disabled so it can be tried before going live. */
export function sendTestEventUseCase(actor: Actor, rawId: unknown): DeliveryDto {
  const id = parseWebhookId(rawId);
  authorize(actor, 'webhook:manage', 'webhook');
  return getDb().transaction((tx) => {
    const webhook = findWebhook(tx, id);
    const now = Date.now();
    const entry = { actorId: actor.id, action: 'webhook.test', entityType: 'webhook', entityId: id, after: { message: 'A test event from Modelboard.', url: webhook.url } };
    const [written] = writeEvent(tx, 'webhook.test', entry, now, [id]);
    const delivery = deliveryDto(tx, written!.id);
    recordAudit(tx, { ...entry, after: { deliveryId: delivery.id } });
    return delivery;
  });
}

/**
 * Sends a delivery that gave up once more, with a fresh set of attempts. It keeps its delivery id, so a
 * receiver that did process it (and answered with an error anyway) can recognise the repeat.
 */
export function redeliverUseCase(actor: Actor, rawId: unknown, rawDeliveryId: unknown): DeliveryDto {
  const id = parseWebhookId(rawId);
  authorize(actor, 'webhook:manage', 'webhook');
  // After authorizing: anyone but an admin is refused whatever delivery id they send.
  const deliveryId = deliveryIdSchema.safeParse(rawDeliveryId);
  if (!deliveryId.success) throw notFound('delivery', NO_DELIVERY);
  return getDb().transaction((tx) => {
    findWebhook(tx, id);
    const where = and(eq(webhookDeliveries.webhookId, id), eq(webhookDeliveries.uuid, deliveryId.data));
    const current = tx.select().from(webhookDeliveries).where(where).get();
    if (!current) throw notFound('delivery', NO_DELIVERY);
    if (current.status !== 'failed') throw conflict('delivery', 'Only a failed delivery can be sent again.');
    tx.update(webhookDeliveries)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: Date.now(), leaseUntil: null, completedAt: null })
      .where(eq(webhookDeliveries.id, current.id))
      .run();
    recordAudit(tx, { actorId: actor.id, action: 'webhook.redeliver', entityType: 'webhook', entityId: id, after: { deliveryId: current.uuid } });
    nudgeAfterCommit();
    return deliveryDto(tx, current.id);
  });
}
