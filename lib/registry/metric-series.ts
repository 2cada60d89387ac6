import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { metricHistory } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { downsampleMinMax, type Point } from '@/lib/metrics/downsample';
import { findModel, findVersion } from './model-store';

export interface MetricSeries {
  key: string;
  totalPoints: number;
  points: Point[];
}

/** The history of each metric of a version's run, downsampled to what a chart can draw. */
export function getVersionMetricSeries(actor: Actor, modelName: string, versionNumber: number, maxPoints = 1000): MetricSeries[] {
  authorize(actor, 'read', 'version');
  const db = getDb();
  const version = findVersion(findModel(modelName).id, versionNumber);
  if (version.runId === null) return [];
  const rows = db
    .select({ key: metricHistory.key, step: metricHistory.step, timestamp: metricHistory.timestamp, value: metricHistory.value })
    .from(metricHistory)
    .where(eq(metricHistory.runId, version.runId))
    .orderBy(asc(metricHistory.key), asc(metricHistory.step), asc(metricHistory.timestamp))
    .all();
  const byKey = new Map<string, Point[]>();
  for (const { key, ...point } of rows) {
    const list = byKey.get(key) ?? [];
    list.push(point);
    byKey.set(key, list);
  }
  return [...byKey.entries()].map(([key, points]) => ({ key, totalPoints: points.length, points: downsampleMinMax(points, maxPoints) }));
}
