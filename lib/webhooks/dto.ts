import 'server-only';
import type { DeliveryStatus, WebhookDeliveryRow, WebhookRow } from '@/db/schema';

/** A webhook as admins and the API see it: never the secret, not even encrypted. */
export interface WebhookDto {
  id: number;
  url: string;
  description: string;
  events: string[];
  active: boolean;
  createdAt: number;
  updatedAt: number;
  secretRotatedAt: number | null;
  lastDelivery: { status: DeliveryStatus; at: number; statusCode: number | null } | null;
}

export interface DeliveryDto {
  id: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  responseMs: number | null;
  /** When the next try is due; null once the delivery succeeded or gave up. */
  nextAttemptAt: number | null;
  createdAt: number;
  lastAttemptAt: number | null;
  completedAt: number | null;
}

export function toWebhookDto(row: WebhookRow, lastDelivery: WebhookDto['lastDelivery'] = null): WebhookDto {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    secretRotatedAt: row.secretRotatedAt,
    lastDelivery,
  };
}

export function toDeliveryDto(row: WebhookDeliveryRow, event: { uuid: string; type: string }): DeliveryDto {
  const done = row.status === 'succeeded' || row.status === 'failed';
  return {
    id: row.uuid,
    eventId: event.uuid,
    eventType: event.type,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    responseMs: row.responseMs,
    nextAttemptAt: done ? null : row.nextAttemptAt,
    createdAt: row.createdAt,
    lastAttemptAt: row.lastAttemptAt,
    completedAt: row.completedAt,
  };
}

/** True while a delivery is being sent or due within the minute: the log is about to change. Later retries can wait for a reload. */
export function deliveryDueSoon(deliveries: DeliveryDto[], now = Date.now()): boolean {
  return deliveries.some((d) => d.status === 'sending' || (d.nextAttemptAt !== null && d.nextAttemptAt - now < 60_000));
}
