import 'server-only';
import { and, count, countDistinct, eq, gte, lt, ne } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelVersions, monitoringAlerts, promotionRequests, registeredModels } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { openRequest } from '@/lib/governance/requests';
import type { OverviewCounts } from './types';

/** Whether the workspace has no model at all: the overview then explains what to do instead of drawing zeros. */
export function isWorkspaceEmpty(actor: Actor): boolean {
  authorize(actor, 'read', 'overview');
  return getDb().select({ id: registeredModels.id }).from(registeredModels).limit(1).get() === undefined;
}

export function overviewCounts(actor: Actor, now = Date.now()): OverviewCounts {
  authorize(actor, 'read', 'overview');
  const db = getDb();
  const today = new Date(now);
  // Calendar month in UTC, like every other date bucket on the overview, so the figure is the same for every reader.
  const monthStart = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1);
  const nextMonth = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1);
  const models = db.select({ n: count() }).from(registeredModels).get()?.n ?? 0;
  const versionsThisMonth =
    db
      .select({ n: count() })
      .from(modelVersions)
      .where(and(gte(modelVersions.createdAt, monthStart), lt(modelVersions.createdAt, nextMonth)))
      .get()?.n ?? 0;
  const inProduction = db.select({ n: countDistinct(modelVersions.modelId) }).from(modelVersions).where(eq(modelVersions.stage, 'production')).get()?.n ?? 0;
  // The same condition the review queue uses, so the card and the queue never disagree about an expired request.
  const pendingApprovals = db.select({ n: count() }).from(promotionRequests).where(openRequest(now)).get()?.n ?? 0;
  const bySeverity = db
    .select({ severity: monitoringAlerts.severity, n: count() })
    .from(monitoringAlerts)
    .where(ne(monitoringAlerts.status, 'resolved'))
    .groupBy(monitoringAlerts.severity)
    .all();
  const severity = (s: 'warning' | 'critical') => bySeverity.find((r) => r.severity === s)?.n ?? 0;
  return { models, versionsThisMonth, inProduction, pendingApprovals, openAlerts: { warning: severity('warning'), critical: severity('critical') } };
}
