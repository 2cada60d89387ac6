import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { experiments, runMetrics, runParams, runTags, users } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { parseInput } from '@/lib/errors';
import type { Point } from '@/lib/metrics/downsample';
import { pointsInStepOrder } from '@/lib/metrics/history-points';
import { readSeriesWindow } from '@/lib/metrics/series-window';
import { findRun } from './runs';

const pairs = (rows: { key: string; value: string }[]) => Object.fromEntries(rows.map((r) => [r.key, r.value]));

export function getRun(actor: Actor, uuid: string) {
  authorize(actor, 'read', 'run');
  const db = getDb();
  const run = findRun(db, uuid);
  const experiment = db.select({ name: experiments.name }).from(experiments).where(eq(experiments.id, run.experimentId)).get();
  const user = run.userId === null ? undefined : db.select({ email: users.email }).from(users).where(eq(users.id, run.userId)).get();
  return {
    id: run.uuid,
    name: run.name,
    experimentId: run.experimentId,
    experiment: experiment?.name ?? null,
    user: user?.email ?? null,
    artifactUri: run.artifactUri,
    status: run.status,
    startTime: run.startTime,
    endTime: run.endTime,
    params: pairs(db.select().from(runParams).where(eq(runParams.runId, run.id)).orderBy(asc(runParams.key)).all()),
    tags: pairs(db.select().from(runTags).where(eq(runTags.runId, run.id)).orderBy(asc(runTags.key)).all()),
    metrics: db
      .select({ key: runMetrics.key, value: runMetrics.value, step: runMetrics.step, timestamp: runMetrics.timestamp })
      .from(runMetrics)
      .where(eq(runMetrics.runId, run.id))
      .orderBy(asc(runMetrics.key))
      .all(),
  };
}

/** Points of one metric by step, from `offset`; a `limit` of -1 reads to the end. */
const historyPoints = (runId: number, key: string, limit = -1, offset = 0) => pointsInStepOrder().all(runId, key, limit, offset);

const historyQuery = z.object({ maxPoints: z.coerce.number().int().min(4).max(100_000).optional() });

/** Every point of one metric by step, or at most `maxPoints` of them with peaks and troughs kept. */
export function getMetricHistory(actor: Actor, uuid: string, key: string, query: unknown): { key: string; totalPoints: number; points: Point[] } {
  authorize(actor, 'read', 'run');
  const { maxPoints } = parseInput(historyQuery, query, 'metric');
  const db = getDb();
  const run = findRun(db, uuid);
  if (maxPoints) return { key, ...readSeriesWindow(run.id, key, 'step', {}, maxPoints) };
  const points = historyPoints(run.id, key);
  return { key, totalPoints: points.length, points };
}

/** One window of a metric's history by step, for clients that page through it without reading the rest. */
export function getMetricHistoryPage(actor: Actor, uuid: string, key: string, limit: number, offset: number): Point[] {
  authorize(actor, 'read', 'run');
  return historyPoints(findRun(getDb(), uuid).id, key, limit, offset);
}
