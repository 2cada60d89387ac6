import 'server-only';
import { and, gte, inArray, lt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { promotionRequests } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import type { LeadTimeWeek } from './types';
import { WEEK_MS, median, weekIndex, weekStarts } from './weeks';

const HOUR = 3_600_000;

/**
 * Median hours from request to decision, per week of decision. Only requests a reviewer decided count:
 * cancelled and expired ones also carry a `decided_at`, but nobody decided them, and counting them
 * would make the reviewers look slower (expiry) or faster (a quick withdrawal) than they are.
 */
export function approvalLeadTime(actor: Actor, now = Date.now()): LeadTimeWeek[] {
  authorize(actor, 'read', 'overview');
  const starts = weekStarts(now);
  const rows = getDb()
    .select({ createdAt: promotionRequests.createdAt, decidedAt: promotionRequests.decidedAt })
    .from(promotionRequests)
    .where(and(inArray(promotionRequests.status, ['approved', 'rejected']), gte(promotionRequests.decidedAt, starts[0]!), lt(promotionRequests.decidedAt, starts.at(-1)! + WEEK_MS)))
    .all();
  const hours: number[][] = starts.map(() => []);
  for (const row of rows) {
    const i = weekIndex(starts, row.decidedAt!);
    if (i >= 0) hours[i]!.push((row.decidedAt! - row.createdAt) / HOUR);
  }
  return starts.map((weekStart, i) => ({ weekStart, decisions: hours[i]!.length, medianHours: median(hours[i]!) }));
}
