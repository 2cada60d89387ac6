import 'server-only';
import { and, asc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { webhookDeliveries as d, webhookEvents, webhooks } from '@/db/schema';

export interface Job {
  id: number;
  uuid: string;
  attempts: number;
  leaseUntil: number;
  url: string;
  active: boolean;
  secretCiphertext: string;
  eventType: string;
  payload: string;
}

export type Outcome =
  | { status: 'succeeded'; statusCode: number; responseMs: number }
  | { status: 'pending'; statusCode: number | null; error: string; responseMs: number | null; nextAttemptAt: number }
  | { status: 'failed'; statusCode: number | null; error: string; responseMs: number | null };

const MAX_ERROR = 500;

/**
 * Takes up to `limit` due deliveries in one UPDATE, so two passes can never take the same one: pending ones
 * whose time has come, and ones left `sending` by a process that died before its lease ran out.
 */
export function claimDue(db: Db, now: number, limit: number, leaseMs: number): Job[] {
  if (limit <= 0) return [];
  const due = or(and(eq(d.status, 'pending'), lte(d.nextAttemptAt, now)), and(eq(d.status, 'sending'), lte(d.leaseUntil, now)));
  const ids = db.select({ id: d.id }).from(d).where(due).orderBy(asc(d.nextAttemptAt), asc(d.id)).limit(limit);
  const claimed = db
    .update(d)
    .set({ status: 'sending', attempts: sql`${d.attempts} + 1`, leaseUntil: now + leaseMs, lastAttemptAt: now })
    .where(and(inArray(d.id, ids), due))
    .returning({ id: d.id })
    .all();
  if (claimed.length === 0) return [];
  return db
    .select({
      id: d.id,
      uuid: d.uuid,
      attempts: d.attempts,
      leaseUntil: sql<number>`${d.leaseUntil}`,
      url: webhooks.url,
      active: webhooks.active,
      secretCiphertext: webhooks.secretCiphertext,
      eventType: webhookEvents.type,
      payload: webhookEvents.payload,
    })
    .from(d)
    .innerJoin(webhooks, eq(webhooks.id, d.webhookId))
    .innerJoin(webhookEvents, eq(webhookEvents.id, d.eventId))
    .where(inArray(d.id, claimed.map((c) => c.id)))
    .all();
}

/** Records how a try went, unless the lease ran out meanwhile and another pass owns the delivery now. */
export function recordOutcome(db: Db, job: Job, outcome: Outcome, now: number): void {
  const done = outcome.status !== 'pending';
  db.update(d)
    .set({
      status: outcome.status,
      leaseUntil: null,
      lastStatusCode: outcome.statusCode,
      lastError: outcome.status === 'succeeded' ? null : outcome.error.slice(0, MAX_ERROR),
      responseMs: outcome.responseMs,
      completedAt: done ? now : null,
      ...(outcome.status === 'pending' ? { nextAttemptAt: outcome.nextAttemptAt } : {}),
    })
    .where(and(eq(d.id, job.id), eq(d.status, 'sending'), eq(d.leaseUntil, job.leaseUntil)))
    .run();
}
