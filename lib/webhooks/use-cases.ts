import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { webhooks, type WebhookRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type Actor } from '@/lib/auth/actor';
import { parseInput } from '@/lib/errors';
import { toWebhookDto, type WebhookDto } from './dto';
import { findWebhook, parseWebhookId, webhookDto } from './queries';
import { createWebhookSchema, updateWebhookSchema } from './schemas';
import { encryptSecret, newSigningSecret } from './secret-box';

/** What the audit log keeps of a webhook: its settings, never its secret. */
const settings = (row: WebhookRow) => ({ url: row.url, description: row.description, events: row.events, active: row.active });

/** Returns the signing secret once; afterwards it exists only encrypted and is never read back out. */
export function createWebhookUseCase(actor: Actor, input: unknown): { secret: string; webhook: WebhookDto } {
  const data = parseInput(createWebhookSchema, input, 'webhook');
  authorize(actor, 'webhook:manage', 'webhook');
  const secret = newSigningSecret();
  const now = Date.now();
  return getDb().transaction((tx) => {
    const row = tx
      .insert(webhooks)
      .values({ ...data, secretCiphertext: encryptSecret(secret), createdById: actor.id, createdAt: now, updatedAt: now })
      .returning()
      .get();
    recordAudit(tx, { actorId: actor.id, action: 'webhook.create', entityType: 'webhook', entityId: row.id, after: settings(row) });
    return { secret, webhook: toWebhookDto(row) };
  });
}

export function updateWebhookUseCase(actor: Actor, rawId: unknown, input: unknown): WebhookDto {
  const id = parseWebhookId(rawId);
  const data = parseInput(updateWebhookSchema, input, 'webhook');
  authorize(actor, 'webhook:manage', 'webhook');
  return getDb().transaction((tx) => {
    const before = findWebhook(tx, id);
    const row = tx.update(webhooks).set({ ...data, updatedAt: Date.now() }).where(eq(webhooks.id, id)).returning().get();
    recordAudit(tx, { actorId: actor.id, action: 'webhook.update', entityType: 'webhook', entityId: id, before: settings(before), after: settings(row) });
    return webhookDto(tx, row);
  });
}

/**
 * A new secret takes effect at once, for retries of older deliveries too: they are signed when sent,
 * and a receiver that switched to the new secret would reject the old one.
 */
export function rotateWebhookSecretUseCase(actor: Actor, rawId: unknown): { secret: string; webhook: WebhookDto } {
  const id = parseWebhookId(rawId);
  authorize(actor, 'webhook:manage', 'webhook');
  const secret = newSigningSecret();
  return getDb().transaction((tx) => {
    findWebhook(tx, id);
    const now = Date.now();
    const row = tx.update(webhooks).set({ secretCiphertext: encryptSecret(secret), secretRotatedAt: now, updatedAt: now }).where(eq(webhooks.id, id)).returning().get();
    recordAudit(tx, { actorId: actor.id, action: 'webhook.rotate', entityType: 'webhook', entityId: id });
    return { secret, webhook: webhookDto(tx, row) };
  });
}

/** Removes the webhook and its delivery log; pending deliveries to it are dropped with it. */
export function deleteWebhookUseCase(actor: Actor, rawId: unknown): void {
  const id = parseWebhookId(rawId);
  authorize(actor, 'webhook:manage', 'webhook');
  getDb().transaction((tx) => {
    const before = findWebhook(tx, id);
    tx.delete(webhooks).where(eq(webhooks.id, id)).run();
    recordAudit(tx, { actorId: actor.id, action: 'webhook.delete', entityType: 'webhook', entityId: id, before: settings(before) });
  });
}
