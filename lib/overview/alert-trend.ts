import 'server-only';
import { and, count, gte, lt, sql, type AnyColumn } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { monitoringAlerts } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import type { AlertWeek } from './types';
import { WEEK_MS, weekStarts } from './weeks';

/** Counts per week of a timestamp column, grouped in SQL so years of alerts never travel to Node. */
function perWeek(column: AnyColumn, starts: number[]): number[] {
  const first = starts[0]!;
  const end = starts.at(-1)! + WEEK_MS;
  // Cast, not plain division: bound numbers may arrive as REAL, and a fractional week would split a bucket.
  const bucket = sql<number>`cast((${column} - ${first}) / ${WEEK_MS} as integer)`;
  const rows = getDb()
    .select({ week: bucket, n: count() })
    .from(monitoringAlerts)
    .where(and(gte(column, first), lt(column, end)))
    .groupBy(bucket)
    .all();
  const counts = starts.map(() => 0);
  for (const row of rows) counts[Number(row.week)] = row.n;
  return counts;
}

/** Alerts opened (first seen) and resolved in each of the last 26 weeks. */
export function alertsPerWeek(actor: Actor, now = Date.now()): AlertWeek[] {
  authorize(actor, 'read', 'overview');
  const starts = weekStarts(now);
  const opened = perWeek(monitoringAlerts.firstSeenAt, starts);
  const resolved = perWeek(monitoringAlerts.resolvedAt, starts);
  return starts.map((weekStart, i) => ({ weekStart, opened: opened[i]!, resolved: resolved[i]! }));
}
