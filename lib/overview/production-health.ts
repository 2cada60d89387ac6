import 'server-only';
import { and, asc, count, desc, eq, inArray, max, ne } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelVersions, monitoringAlerts, registeredModels, stageTransitions } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import type { HealthRow } from './types';
import { driftStatusOf, keyMetricOf } from './version-health';

/** One row per model with a production version: what is live, since when, how it does, and what needs attention. */
export function productionHealth(actor: Actor): HealthRow[] {
  authorize(actor, 'read', 'overview');
  const db = getDb();
  const all = db
    .select({ model: registeredModels.name, modelId: registeredModels.id, versionId: modelVersions.id, version: modelVersions.version, runId: modelVersions.runId, updatedAt: modelVersions.updatedAt })
    .from(modelVersions)
    .innerJoin(registeredModels, eq(registeredModels.id, modelVersions.modelId))
    .where(eq(modelVersions.stage, 'production'))
    .orderBy(asc(registeredModels.name), desc(modelVersions.version))
    .all();
  // A model has one production version; should history ever hold two, the newest one speaks for the model.
  const seen = new Set<number>();
  const live = all.filter((row) => !seen.has(row.modelId) && seen.add(row.modelId));
  if (live.length === 0) return [];
  const entered = new Map(
    db
      .select({ versionId: stageTransitions.versionId, at: max(stageTransitions.createdAt) })
      .from(stageTransitions)
      .where(and(eq(stageTransitions.toStage, 'production'), inArray(stageTransitions.versionId, live.map((r) => r.versionId))))
      .groupBy(stageTransitions.versionId)
      .all()
      .map((r) => [r.versionId, r.at]),
  );
  const alerts = new Map(
    db
      .select({ modelId: modelVersions.modelId, n: count() })
      .from(monitoringAlerts)
      .innerJoin(modelVersions, eq(modelVersions.id, monitoringAlerts.versionId))
      .where(and(ne(monitoringAlerts.status, 'resolved'), inArray(modelVersions.modelId, live.map((r) => r.modelId))))
      .groupBy(modelVersions.modelId)
      .all()
      .map((r) => [r.modelId, r.n]),
  );
  return live.map((row) => ({
    model: row.model,
    version: row.version,
    // Versions promoted before the stage history existed have no transition: their last update is the best guess.
    liveSince: entered.get(row.versionId) ?? row.updatedAt,
    keyMetric: keyMetricOf(row.versionId, row.runId),
    drift: driftStatusOf(row.versionId),
    openAlerts: alerts.get(row.modelId) ?? 0,
  }));
}
