import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { modelVersions, runMetrics, runs } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { parseInput } from '@/lib/errors';
import { xOf } from '@/lib/metrics/rollup-fold';
import { readSeriesWindow } from '@/lib/metrics/series-window';
import { findModel, findVersion } from '@/lib/registry/model-store';
import { parseVersionRefs, refOf } from './refs';
import type { HistoryWindow, TrendPoint } from './types';

const windowSchema = z.object({
  metric: z.string().trim().min(1).max(250),
  axis: z.enum(['step', 'time']).default('step'),
  from: z.coerce.number().finite().nullish(),
  to: z.coerce.number().finite().nullish(),
  /** About two points per pixel of the chart; the raw history never leaves the server whole. */
  points: z.coerce.number().int().min(16).max(8000).default(1000),
});

/** One metric's history for each compared version, within an x range, sampled with peaks and troughs kept. */
export function getHistoryWindow(actor: Actor, rawRefs: string | string[] | undefined, query: unknown): HistoryWindow {
  authorize(actor, 'read', 'compare');
  const refs = parseVersionRefs(rawRefs);
  const { metric, axis, from, to, points } = parseInput(windowSchema, query, 'compare');
  const series = refs.map((ref) => {
    const runId = findVersion(findModel(ref.modelName).id, ref.version).runId;
    const window = runId === null ? { totalPoints: 0, points: [] } : readSeriesWindow(runId, metric, axis, { from, to }, points);
    return { ref: refOf(ref), totalPoints: window.totalPoints, x: window.points.map((p) => xOf(axis, p)), value: window.points.map((p) => p.value) };
  });
  return { metric, axis, from: from ?? null, to: to ?? null, series };
}

/** A metric's final value for every version of a model, oldest first: how the model has moved over time. */
export function getMetricTrend(actor: Actor, modelName: string, metric: string): TrendPoint[] {
  authorize(actor, 'read', 'compare');
  const model = findModel(modelName);
  const rows = getDb()
    .select({ version: modelVersions.version, createdAt: modelVersions.createdAt, runId: modelVersions.runId })
    .from(modelVersions)
    .where(eq(modelVersions.modelId, model.id))
    .orderBy(asc(modelVersions.version))
    .all();
  const values = new Map(
    getDb()
      .select({ runId: runs.id, value: runMetrics.value })
      .from(runMetrics)
      .innerJoin(runs, eq(runs.id, runMetrics.runId))
      .innerJoin(modelVersions, eq(modelVersions.runId, runs.id))
      .where(and(eq(modelVersions.modelId, model.id), eq(runMetrics.key, metric)))
      .all()
      .map((r) => [r.runId, r.value]),
  );
  return rows.map((r) => ({ version: r.version, createdAt: r.createdAt, value: r.runId === null ? null : (values.get(r.runId) ?? null) }));
}
