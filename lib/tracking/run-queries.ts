import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { experiments, runMetrics, runParams, runTags, users } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { parseInput } from '@/lib/errors';
import { preparedPerConnection } from '@/lib/prepared';
import type { Point } from '@/lib/metrics/downsample';
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

/** Histories run to millions of points: a raw statement that scans only the covering index, with no row mapping. */
const historyStatement = preparedPerConnection((db) =>
  db.$client.prepare('SELECT step, timestamp, value FROM metric_history WHERE run_id = ? AND key = ? ORDER BY step, timestamp, value'),
);

const historyQuery = z.object({ maxPoints: z.coerce.number().int().min(4).max(100_000).optional() });

/** Every point of one metric by step, or at most `maxPoints` of them with peaks and troughs kept. */
export function getMetricHistory(actor: Actor, uuid: string, key: string, query: unknown): { key: string; totalPoints: number; points: Point[] } {
  authorize(actor, 'read', 'run');
  const { maxPoints } = parseInput(historyQuery, query, 'metric');
  const db = getDb();
  const run = findRun(db, uuid);
  if (maxPoints) return { key, ...readSeriesWindow(run.id, key, 'step', {}, maxPoints) };
  const points = historyStatement().all(run.id, key) as Point[];
  return { key, totalPoints: points.length, points };
}

/** Params already logged on the run with another value than the one given: MLflow refuses to change them. */
export function changedParams(actor: Actor, uuid: string, params: Record<string, string>): { key: string; oldValue: string; newValue: string }[] {
  authorize(actor, 'read', 'run');
  const keys = Object.keys(params);
  if (keys.length === 0) return [];
  const db = getDb();
  const run = findRun(db, uuid);
  const logged = db.select().from(runParams).where(and(eq(runParams.runId, run.id), inArray(runParams.key, keys))).all();
  return logged.filter((p) => p.value !== params[p.key]).map((p) => ({ key: p.key, oldValue: p.value, newValue: params[p.key] as string }));
}
