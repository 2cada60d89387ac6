import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { monitoringBatches } from '@/db/schema';
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

/** The verdict of each version's latest monitoring batch; versions never monitored are absent. */
export function latestDriftOf(versionIds: number[]): Map<number, DriftStatus> {
  const batches = getDb()
    .select({ versionId: monitoringBatches.versionId, datasetDrift: monitoringBatches.datasetDrift, driftedColumns: monitoringBatches.driftedCount, columns: monitoringBatches.columnCount, observedAt: monitoringBatches.observedAt })
    .from(monitoringBatches)
    .where(inArray(monitoringBatches.versionId, versionIds))
    .orderBy(asc(monitoringBatches.versionId), desc(monitoringBatches.observedAt), desc(monitoringBatches.id))
    .all();
  const latest = new Map<number, DriftStatus>();
  for (const { versionId, ...status } of batches) if (!latest.has(versionId)) latest.set(versionId, status);
  return latest;
}
