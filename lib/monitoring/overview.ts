import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { batchPredictions, datasets, runMetrics, versionDatasets, type ModelRow } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { findModel, findVersion } from '@/lib/registry/model-store';
import { listAlerts } from './alert-queries';
import { getBatchReport, listBatches } from './batches';
import type { MonitoringPolicy } from './policy';
import { policyOfModel } from './policy-store';
import { getReference } from './references';
import { getDriftTimeline, getPerformanceTimeline } from './timelines';
import type { AlertSummary, BatchReport, BatchSummary, DriftTimeline, PerformanceTimeline, ReferenceSummary } from './types';

export interface MonitoringOverview {
  model: ModelRow;
  reference: ReferenceSummary | null;
  batches: BatchSummary[];
  /** The picked batch, else the newest. */
  report: BatchReport | null;
  /** Whether the shown batch kept predictions that labels can still score. */
  hasPredictions: boolean;
  drift: DriftTimeline;
  performance: PerformanceTimeline;
  policy: MonitoringPolicy;
  alerts: AlertSummary[];
  /** Lineage datasets a reference can be taken from. */
  datasets: { name: string; version: string }[];
  /** Metric names the policy can bound: the version's own evaluation metrics and those batches measured. */
  metrics: string[];
}

/** Everything a version's monitoring page shows, read in one place. */
export function getMonitoringOverview(actor: Actor, modelName: string, version: number, batchId: number | null): MonitoringOverview {
  authorize(actor, 'read', 'monitoring');
  const model = findModel(modelName);
  const v = findVersion(model.id, version);
  const batches = listBatches(actor, modelName, version);
  const shown = batches.find((b) => b.id === batchId) ?? batches[0];
  const performance = getPerformanceTimeline(actor, modelName, version);
  const evaluation = v.runId === null ? [] : getDb().select({ key: runMetrics.key }).from(runMetrics).where(eq(runMetrics.runId, v.runId)).all().map((r) => r.key);
  return {
    model,
    reference: getReference(actor, modelName, version),
    batches,
    report: shown ? getBatchReport(actor, modelName, version, shown.id) : null,
    hasPredictions: shown ? getDb().select({ n: sql<number>`1` }).from(batchPredictions).where(eq(batchPredictions.batchId, shown.id)).get() !== undefined : false,
    drift: getDriftTimeline(actor, modelName, version),
    performance,
    policy: policyOfModel(model.id),
    alerts: listAlerts(actor, { model: modelName, version, status: 'unresolved' }),
    datasets: getDb()
      .select({ name: datasets.name, version: datasets.version })
      .from(versionDatasets)
      .innerJoin(datasets, eq(datasets.id, versionDatasets.datasetId))
      .where(eq(versionDatasets.versionId, v.id))
      .all(),
    metrics: [...new Set([...evaluation, ...performance.metrics.map((m) => m.metric)])].sort(),
  };
}
