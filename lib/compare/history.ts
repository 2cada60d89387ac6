import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { ROLLUP_AXES, modelVersions, runMetrics } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { parseInput } from '@/lib/errors';
import { xOf } from '@/lib/metrics/rollup-fold';
import { readSeriesWindow } from '@/lib/metrics/series-window';
import { findModel, findVersion } from '@/lib/registry/model-store';
import { parseVersionRefs, refOf, resolveRefs } from './refs';
import { MAX_WINDOW_POINTS, MIN_WINDOW_POINTS, type HistoryWindow, type TrendPoint } from './types';

/** A bound of the window; an empty `?from=` means no bound, not 0. */
const bound = z.preprocess((v) => (v === '' ? null : v), z.coerce.number().finite().nullish());

const windowSchema = z
  .object({
    metric: z.string().trim().min(1).max(250),
    axis: z.enum(ROLLUP_AXES).default('step'),
    from: bound,
    to: bound,
    /** About two points per pixel of the chart; the raw history never leaves the server whole. */
    points: z.coerce.number().int().min(MIN_WINDOW_POINTS).max(MAX_WINDOW_POINTS).default(1000),
  })
  .refine((q) => q.from == null || q.to == null || q.from <= q.to, { path: ['to'], message: 'The window must end at or after where it starts.' });

/** One metric's history for each compared version, within an x range, sampled with peaks and troughs kept. */
export function getHistoryWindow(actor: Actor, rawRefs: string | string[] | undefined, query: unknown): HistoryWindow {
  authorize(actor, 'read', 'compare');
  const refs = parseVersionRefs(rawRefs);
  const { metric, axis, from, to, points } = parseInput(windowSchema, query, 'compare');
  const runIds = resolveRefs(refs, (ref) => findVersion(findModel(ref.modelName).id, ref.version).runId);
  const series = refs.map((ref, i) => {
    const runId = runIds[i] ?? null;
    const window = runId === null ? { totalPoints: 0, points: [] } : readSeriesWindow(runId, metric, axis, { from, to }, points);
    return { ref: refOf(ref), totalPoints: window.totalPoints, x: window.points.map((p) => xOf(axis, p)), value: window.points.map((p) => p.value) };
  });
  return { metric, axis, from: from ?? null, to: to ?? null, series };
}

/** A metric's final value for every version of a model, oldest first: how the model has moved over time. */
export function getMetricTrend(actor: Actor, modelName: string, metric: string): TrendPoint[] {
  authorize(actor, 'read', 'compare');
  const model = findModel(modelName);
  return getDb()
    .select({ version: modelVersions.version, createdAt: modelVersions.createdAt, value: runMetrics.value })
    .from(modelVersions)
    .leftJoin(runMetrics, and(eq(runMetrics.runId, modelVersions.runId), eq(runMetrics.key, metric)))
    .where(eq(modelVersions.modelId, model.id))
    .orderBy(asc(modelVersions.version))
    .all();
}
