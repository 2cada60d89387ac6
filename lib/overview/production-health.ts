import 'server-only';
import { and, asc, count, desc, eq, inArray, max, ne } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelVersions, monitoringAlerts, registeredModels, stageTransitions } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import type { DriftStatus, ProductionHealth } from './types';
import { keyMetricOf, latestProductionDrift } from './version-health';

/** How many models the overview lists; with thousands in production, a table of all of them would bury the few that need attention. */
const HEALTH_ROWS_SHOWN = 25;

interface Attention {
  model: string;
  openAlerts: number;
  drift: DriftStatus | null;
}

/** Open alerts first (most first), then drifting models, then by name. */
const byAttention = (a: Attention, b: Attention) =>
  b.openAlerts - a.openAlerts || Number(b.drift?.datasetDrift ?? false) - Number(a.drift?.datasetDrift ?? false) || a.model.localeCompare(b.model);

/**
 * The models with a production version, those needing attention first: what is live, since when,
 * how it does and what is open. Everything but the key metric is read for all of them in a few
 * set-based queries, so ranking them costs the same whatever their number; the key metric is read
 * only for the rows shown.
 */
export function productionHealth(actor: Actor, limit = HEALTH_ROWS_SHOWN): ProductionHealth {
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
  if (live.length === 0) return { rows: [], total: 0 };
  // Unresolved alerts are few whatever the size of the catalogue: counted for every model, kept for the live ones.
  const alerts = new Map(
    db
      .select({ modelId: modelVersions.modelId, n: count() })
      .from(monitoringAlerts)
      .innerJoin(modelVersions, eq(modelVersions.id, monitoringAlerts.versionId))
      .where(ne(monitoringAlerts.status, 'resolved'))
      .groupBy(modelVersions.modelId)
      .all()
      .map((r) => [r.modelId, r.n]),
  );
  const drift = latestProductionDrift();
  const shown = live
    .map((row) => ({ ...row, openAlerts: alerts.get(row.modelId) ?? 0, drift: drift.get(row.versionId) ?? null }))
    .sort(byAttention)
    .slice(0, limit);
  const entered = new Map(
    db
      .select({ versionId: stageTransitions.versionId, at: max(stageTransitions.createdAt) })
      .from(stageTransitions)
      .where(and(eq(stageTransitions.toStage, 'production'), inArray(stageTransitions.versionId, shown.map((r) => r.versionId))))
      .groupBy(stageTransitions.versionId)
      .all()
      .map((r) => [r.versionId, r.at]),
  );
  return {
    total: live.length,
    rows: shown.map((row) => ({
      model: row.model,
      version: row.version,
      // Versions promoted before the stage history existed have no transition: their last update is the best guess.
      liveSince: entered.get(row.versionId) ?? row.updatedAt,
      keyMetric: keyMetricOf(row.versionId, row.runId),
      drift: row.drift,
      openAlerts: row.openAlerts,
    })),
  };
}
