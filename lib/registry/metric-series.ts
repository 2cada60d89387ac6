import 'server-only';
import { and, asc, eq, gt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { runMetrics } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import type { Point } from '@/lib/metrics/downsample';
import { readSeriesWindow } from '@/lib/metrics/series-window';
import { findModel, findVersion } from './model-store';

export interface MetricSeries {
  key: string;
  totalPoints: number;
  points: Point[];
}

/** The history of each metric of a version's run, downsampled to what a chart can draw. */
export function getVersionMetricSeries(actor: Actor, modelName: string, versionNumber: number, maxPoints = 1000): MetricSeries[] {
  authorize(actor, 'read', 'version');
  const { runId } = findVersion(findModel(modelName).id, versionNumber);
  if (runId === null) return [];
  const keys = getDb()
    .select({ key: runMetrics.key })
    .from(runMetrics)
    .where(and(eq(runMetrics.runId, runId), gt(runMetrics.points, 0)))
    .orderBy(asc(runMetrics.key))
    .all();
  return keys.map(({ key }) => ({ key, ...readSeriesWindow(runId, key, 'step', {}, maxPoints) }));
}
