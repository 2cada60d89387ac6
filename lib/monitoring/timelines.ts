import 'server-only';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { batchColumns, monitoringBatches } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { findModel, findVersion } from '@/lib/registry/model-store';
import { evaluationMetrics } from './batch-store';
import { taskOf } from './batches';
import { type DriftMethod, METHOD_RULES } from './policy';
import type { DriftTimeline, PerformanceTimeline } from './types';

/** The most recent batches a timeline shows. */
const TIMELINE_BATCHES = 500;

function recentBatches(versionId: number) {
  return getDb()
    .select({ id: monitoringBatches.id, observedAt: monitoringBatches.observedAt, performance: monitoringBatches.performance })
    .from(monitoringBatches)
    .where(eq(monitoringBatches.versionId, versionId))
    .orderBy(desc(monitoringBatches.observedAt), desc(monitoringBatches.id))
    .limit(TIMELINE_BATCHES)
    .all()
    .reverse();
}

/** Each column's figure per batch against its threshold, oldest batch first. */
export function getDriftTimeline(actor: Actor, modelName: string, version: number): DriftTimeline {
  authorize(actor, 'read', 'monitoring');
  const v = findVersion(findModel(modelName).id, version);
  const batches = recentBatches(v.id);
  const position = new Map(batches.map((b, i) => [b.id, i]));
  const rows =
    batches.length === 0
      ? []
      : getDb()
          .select({ batchId: batchColumns.batchId, name: batchColumns.name, method: batchColumns.method, value: batchColumns.value, threshold: batchColumns.threshold, drifted: batchColumns.drifted })
          .from(batchColumns)
          .where(inArray(batchColumns.batchId, batches.map((b) => b.id)))
          .orderBy(asc(batchColumns.name))
          .all();
  const byColumn = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = byColumn.get(row.name);
    if (list) list.push(row);
    else byColumn.set(row.name, [row]);
  }
  const columns = [...byColumn].map(([name, points]): DriftTimeline['columns'][number] => {
    // After a policy change a column's figures are p-values in some batches and distances in others;
    // the line shows those of its latest method only, so one axis never mixes the two.
    const method = points.reduce((latest, p) => (position.get(p.batchId)! > position.get(latest.batchId)! ? p : latest)).method as DriftMethod;
    const column = { name, method, measures: METHOD_RULES[method].measures, values: batches.map((): number | null => null), thresholds: batches.map(() => NaN), drifted: batches.map(() => false) };
    for (const p of points.filter((point) => point.method === method)) {
      const i = position.get(p.batchId)!;
      column.values[i] = p.value;
      column.thresholds[i] = p.threshold;
      column.drifted[i] = p.drifted;
    }
    // Batches without a figure of this method draw the threshold the column had before them.
    let last = column.thresholds.find((t) => !Number.isNaN(t))!;
    column.thresholds = column.thresholds.map((t) => (Number.isNaN(t) ? last : (last = t)));
    return column;
  });
  return { batches: batches.map(({ id, observedAt }) => ({ id, observedAt })), columns };
}

/** Each performance metric per labelled batch, with the version's own evaluation figure to compare with. */
export function getPerformanceTimeline(actor: Actor, modelName: string, version: number): PerformanceTimeline {
  authorize(actor, 'read', 'monitoring');
  const model = findModel(modelName);
  const v = findVersion(model.id, version);
  const labelled = recentBatches(v.id).filter((b) => b.performance);
  const names = [...new Set(labelled.flatMap((b) => Object.keys(b.performance!)))].sort();
  const evaluation = evaluationMetrics(v.runId, names);
  return {
    task: taskOf(model),
    metrics: names.map((metric) => ({
      metric,
      evaluation: evaluation.get(metric) ?? null,
      points: labelled.filter((b) => b.performance![metric] !== undefined).map((b) => ({ batchId: b.id, observedAt: b.observedAt, value: b.performance![metric]! })),
    })),
  };
}
