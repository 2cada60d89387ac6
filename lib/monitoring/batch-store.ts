import 'server-only';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { batchColumns, batchPredictions, monitoringAlerts, monitoringBatches, runMetrics, type MonitoringBatchRow } from '@/db/schema';
import type { Writer } from '@/lib/audit/record';
import type { StoredPredictions } from './engine/task';
import { type MonitoringPolicy, monitoringPolicySchema } from './policy';
import type { BatchReport, BatchSummary, ColumnVerdict, Distribution, PerformanceComparison } from './types';
import { alertsByIds } from './alert-queries';
import { blobOf, float64Of, int32Of } from './typed-buffers';

interface ColumnDetails {
  source: ColumnVerdict['source'];
  critical: boolean;
  unseen: string[];
  distribution: Distribution;
  extras: Record<string, number | string>;
}

export function insertBatchColumns(tx: Writer, batchId: number, columns: ColumnVerdict[]): void {
  for (const c of columns) {
    const details: ColumnDetails = { source: c.source, critical: c.critical, unseen: c.unseen, distribution: c.distribution, extras: c.extras };
    tx.insert(batchColumns)
      .values({
        batchId,
        name: c.name,
        role: c.role,
        kind: c.kind,
        method: c.method,
        threshold: c.threshold,
        value: c.value,
        drifted: c.drifted,
        missingRate: c.missingRate,
        referenceMissingRate: c.referenceMissingRate,
        details: details as unknown as Record<string, unknown>,
      })
      .run();
  }
}

export function insertPredictions(tx: Writer, batchId: number, predictions: StoredPredictions): void {
  tx.insert(batchPredictions)
    .values({ batchId, kind: predictions.kind, data: blobOf(predictions.kind === 'numeric' ? predictions.values : predictions.codes), dictionary: predictions.kind === 'categorical' ? predictions.dictionary : null })
    .run();
}

/** Whether a batch still holds predictions that labels can score. */
export function keepsPredictions(batchId: number): boolean {
  return getDb().select({ batchId: batchPredictions.batchId }).from(batchPredictions).where(eq(batchPredictions.batchId, batchId)).get() !== undefined;
}

export function readPredictions(batchId: number): StoredPredictions | null {
  const row = getDb().select().from(batchPredictions).where(eq(batchPredictions.batchId, batchId)).get();
  if (!row) return null;
  return row.kind === 'numeric' ? { kind: 'numeric', values: float64Of(row.data) } : { kind: 'categorical', codes: int32Of(row.data), dictionary: row.dictionary ?? [] };
}

/** The version's own evaluation figures (its run's latest metrics): the named ones, or all of them. */
export function evaluationMetrics(runId: number | null, metrics?: string[]): Map<string, number> {
  if (runId === null || metrics?.length === 0) return new Map();
  const rows = getDb()
    .select({ key: runMetrics.key, value: runMetrics.value })
    .from(runMetrics)
    .where(and(eq(runMetrics.runId, runId), metrics ? inArray(runMetrics.key, metrics) : undefined))
    .all();
  return new Map(rows.map((r) => [r.key, r.value]));
}

export function comparePerformance(performance: Record<string, number> | null, runId: number | null): PerformanceComparison[] | null {
  if (!performance) return null;
  const evaluation = evaluationMetrics(runId, Object.keys(performance));
  return Object.entries(performance).map(([metric, value]) => ({ metric, value, evaluation: evaluation.get(metric) ?? null }));
}

export function batchSummary(row: MonitoringBatchRow): BatchSummary {
  return {
    id: row.id,
    rowCount: row.rowCount,
    observedAt: row.observedAt,
    receivedAt: row.receivedAt,
    columnCount: row.columnCount,
    driftedCount: row.driftedCount,
    datasetDrift: row.datasetDrift,
    performance: row.performance ?? null,
  };
}

function verdicts(batchId: number): ColumnVerdict[] {
  const rows = getDb().select().from(batchColumns).where(eq(batchColumns.batchId, batchId)).orderBy(asc(batchColumns.role), asc(batchColumns.name)).all();
  return rows.map((r) => {
    const details = r.details as unknown as ColumnDetails;
    return {
      name: r.name,
      role: r.role,
      kind: r.kind,
      method: r.method as ColumnVerdict['method'],
      threshold: r.threshold,
      value: r.value,
      drifted: r.drifted,
      critical: details.critical,
      missingRate: r.missingRate,
      referenceMissingRate: r.referenceMissingRate,
      unseen: details.unseen,
      distribution: details.distribution,
      extras: details.extras,
      source: details.source,
    };
  });
}

/** A stored batch as its report; `names` are the model and version it belongs to. */
export function loadBatchReport(row: MonitoringBatchRow, names: { modelName: string; version: number; runId: number | null }): BatchReport {
  const alertIds = getDb()
    .select({ id: monitoringAlerts.id })
    .from(monitoringAlerts)
    .where(or(eq(monitoringAlerts.firstBatchId, row.id), eq(monitoringAlerts.lastBatchId, row.id)))
    .all()
    .map((a) => a.id);
  return {
    ...batchSummary(row),
    modelName: names.modelName,
    version: names.version,
    sha256: row.sha256,
    driftShare: row.columnCount > 0 ? row.driftedCount / row.columnCount : 0,
    columns: verdicts(row.id),
    performance: comparePerformance(row.performance ?? null, names.runId),
    policy: monitoringPolicySchema.parse(row.policy) as MonitoringPolicy,
    alerts: alertsByIds(alertIds),
  };
}

export function findBatch(versionId: number, batchId: number): MonitoringBatchRow | null {
  return getDb().select().from(monitoringBatches).where(and(eq(monitoringBatches.versionId, versionId), eq(monitoringBatches.id, batchId))).get() ?? null;
}
