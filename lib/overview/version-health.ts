import 'server-only';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelVersions, monitoringBatches } from '@/db/schema';
import { comparePerformance, evaluationMetrics } from '@/lib/monitoring/batch-store';
import type { DriftStatus, KeyMetric } from './types';

/** Metrics worth showing when production has not been measured yet, in order of preference. */
const FALLBACK_METRICS = ['accuracy', 'r2', 'rmse'];

/**
 * The version's headline figure: the first metric its latest labelled batch measured, against what the
 * version scored in evaluation (the same pairing its monitoring page draws). Without labels, its run's
 * own figure, so a stakeholder still sees how good the model was meant to be.
 */
export function keyMetricOf(versionId: number, runId: number | null): KeyMetric | null {
  const labelled = getDb()
    .select({ performance: monitoringBatches.performance })
    .from(monitoringBatches)
    .where(and(eq(monitoringBatches.versionId, versionId), isNotNull(monitoringBatches.performance)))
    .orderBy(desc(monitoringBatches.observedAt), desc(monitoringBatches.id))
    .limit(1)
    .get();
  const measured = comparePerformance(labelled?.performance ?? null, runId)?.[0];
  if (measured) return { ...measured, source: 'production' };
  const logged = evaluationMetrics(runId, FALLBACK_METRICS);
  const metric = FALLBACK_METRICS.find((m) => logged.has(m));
  return metric === undefined ? null : { metric, value: logged.get(metric)!, evaluation: logged.get(metric)!, source: 'evaluation' };
}

/**
 * The verdict of the latest monitoring batch of each version in production; versions never
 * monitored are absent. SQLite ranks the batches per version, so only one row per version comes back.
 */
export function latestProductionDrift(): Map<number, DriftStatus> {
  const db = getDb();
  const b = monitoringBatches;
  const ranked = db
    .select({
      versionId: b.versionId,
      datasetDrift: b.datasetDrift,
      driftedColumns: b.driftedCount,
      columns: b.columnCount,
      observedAt: b.observedAt,
      rank: sql<number>`row_number() over (partition by ${b.versionId} order by ${b.observedAt} desc, ${b.id} desc)`.as('rank'),
    })
    .from(b)
    .innerJoin(modelVersions, eq(modelVersions.id, b.versionId))
    .where(eq(modelVersions.stage, 'production'))
    .as('ranked');
  const latest = db
    .select({ versionId: ranked.versionId, datasetDrift: ranked.datasetDrift, driftedColumns: ranked.driftedColumns, columns: ranked.columns, observedAt: ranked.observedAt })
    .from(ranked)
    .where(eq(ranked.rank, 1))
    .all();
  return new Map(latest.map(({ versionId, ...status }) => [versionId, status]));
}
