import 'server-only';
import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { experiments, runMetrics, runParams, runs, runTags } from '@/db/schema';
import { recordAudit, type Writer } from '@/lib/audit/record';
import { authorize, type Actor } from '@/lib/auth/actor';
import { AppError, forbidden, notFound, parseInput } from '@/lib/errors';
import { updateRollups } from '@/lib/metrics/rollup-store';
import { preparedPerConnection } from '@/lib/prepared';
import { createRunSchema, finishRunSchema, logBatchSchema } from './schemas';

export interface RunRef {
  id: number;
  uuid: string;
  experimentId: number;
}

/** The experiment by id (which must exist) or by name (created on first use, as MLflow's clients expect). */
function experimentId(tx: Writer, ref: { experimentId?: number; experimentName?: string }): number {
  if (ref.experimentId !== undefined) {
    const byId = tx.select({ id: experiments.id }).from(experiments).where(eq(experiments.id, ref.experimentId)).get();
    if (!byId) throw notFound('experiment', `No experiment with id ${ref.experimentId}.`);
    return byId.id;
  }
  const name = ref.experimentName as string;
  const found = tx.select({ id: experiments.id }).from(experiments).where(eq(experiments.name, name)).get();
  if (found) return found.id;
  return tx.insert(experiments).values({ name }).returning({ id: experiments.id }).get().id;
}

export function findRun(db: Writer, uuid: string) {
  const row = db.select().from(runs).where(eq(runs.uuid, uuid)).get();
  if (!row) throw notFound('run', `No run with id ${uuid}.`);
  return row;
}

/** A run is written by the user who started it, or by an admin. */
function ownRun(tx: Writer, actor: Actor, uuid: string) {
  const run = findRun(tx, uuid);
  if (run.userId !== actor.id && actor.role !== 'admin') throw forbidden('run', 'Only the user who started this run can write to it.');
  return run;
}

export function createRunUseCase(actor: Actor, input: unknown): RunRef {
  authorize(actor, 'run:write', 'run');
  const data = parseInput(createRunSchema, input, 'run');
  return getDb().transaction((tx) => {
    const expId = experimentId(tx, data);
    const uuid = crypto.randomBytes(16).toString('hex');
    const row = tx
      .insert(runs)
      .values({ uuid, experimentId: expId, name: data.name, userId: actor.id, startTime: data.startTime ?? Date.now() })
      .returning()
      .get();
    const tagRows = Object.entries(data.tags).map(([key, value]) => ({ runId: row.id, key, value }));
    if (tagRows.length) tx.insert(runTags).values(tagRows).run();
    recordAudit(tx, { actorId: actor.id, action: 'run.create', entityType: 'run', entityId: uuid, after: { name: row.name, experimentId: expId } });
    return { id: row.id, uuid, experimentId: expId };
  });
}

/**
 * Metric points are the hot path (a training loop logs thousands a second), so they skip the query
 * builder: one raw statement per connection, run per point inside the caller's transaction.
 */
const pointInsert = preparedPerConnection((db) => db.$client.prepare('INSERT INTO metric_history (run_id, key, step, timestamp, value) VALUES (?, ?, ?, ?, ?)'));

function insertPoints(runId: number, points: { key: string; step: number; timestamp: number; value: number }[]): void {
  const insert = pointInsert();
  for (const p of points) insert.run(runId, p.key, p.step, p.timestamp, p.value);
}

/** Whether a point is at least as late, by (step, timestamp), as the run's latest value of its key. */
const newer = (p: { step: number; timestamp: number }) =>
  sql`(${runMetrics.step} < ${p.step} OR (${runMetrics.step} = ${p.step} AND ${runMetrics.timestamp} <= ${p.timestamp}))`;

export interface ParamChange {
  key: string;
  oldValue: string;
  newValue: string;
}

/** A logged param keeps its value: the refusal lists every param of the batch that would have changed. */
export class ParamChangeError extends AppError {
  readonly changes: ParamChange[];

  constructor(changes: ParamChange[]) {
    const keys = changes.map((c) => `"${c.key}"`).join(', ');
    super(
      'bad_request',
      'run',
      changes.length === 1 ? `Param ${keys} was already logged with a different value.` : `Params ${keys} were already logged with different values.`,
    );
    this.changes = changes;
  }
}

/** Params, tags and metric points in one transaction; the run's latest value per key moves only forward in (step, timestamp). */
export function logBatchUseCase(actor: Actor, runUuid: string, input: unknown): void {
  authorize(actor, 'run:write', 'run');
  const data = parseInput(logBatchSchema, input, 'run');
  getDb().transaction((tx) => {
    const run = ownRun(tx, actor, runUuid);
    const changes: ParamChange[] = [];
    for (const [key, value] of Object.entries(data.params)) {
      const existing = tx.select().from(runParams).where(sql`${runParams.runId} = ${run.id} AND ${runParams.key} = ${key}`).get();
      if (existing && existing.value !== value) changes.push({ key, oldValue: existing.value, newValue: value });
      if (!existing) tx.insert(runParams).values({ runId: run.id, key, value }).run();
    }
    if (changes.length > 0) throw new ParamChangeError(changes);
    for (const [key, value] of Object.entries(data.tags)) {
      tx.insert(runTags).values({ runId: run.id, key, value }).onConflictDoUpdate({ target: [runTags.runId, runTags.key], set: { value } }).run();
    }
    insertPoints(run.id, data.metrics);
    const latest = new Map<string, (typeof data.metrics)[number]>();
    const counts = new Map<string, number>();
    for (const p of data.metrics) {
      const prev = latest.get(p.key);
      if (!prev || p.step > prev.step || (p.step === prev.step && p.timestamp >= prev.timestamp)) latest.set(p.key, p);
      counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
    }
    for (const p of latest.values()) {
      const count = counts.get(p.key) ?? 0;
      tx.insert(runMetrics)
        .values({ runId: run.id, ...p, points: count })
        .onConflictDoUpdate({
          target: [runMetrics.runId, runMetrics.key],
          set: {
            value: sql`CASE WHEN ${newer(p)} THEN ${p.value} ELSE ${runMetrics.value} END`,
            step: sql`CASE WHEN ${newer(p)} THEN ${p.step} ELSE ${runMetrics.step} END`,
            timestamp: sql`CASE WHEN ${newer(p)} THEN ${p.timestamp} ELSE ${runMetrics.timestamp} END`,
            points: sql`${runMetrics.points} + ${count}`,
          },
        })
        .run();
    }
    updateRollups(run.id, data.metrics);
    recordAudit(tx, {
      actorId: actor.id,
      action: 'run.log_batch',
      entityType: 'run',
      entityId: runUuid,
      after: { metrics: data.metrics.length, params: Object.keys(data.params), tags: Object.keys(data.tags) },
    });
  });
}

/** Status (ending a run stamps its end time) and name; MLflow's `runs/update`. */
export function updateRunUseCase(actor: Actor, runUuid: string, input: unknown): void {
  authorize(actor, 'run:write', 'run');
  const data = parseInput(finishRunSchema, input, 'run');
  getDb().transaction((tx) => {
    const run = ownRun(tx, actor, runUuid);
    const status = data.status ?? run.status;
    const endTime = status === 'RUNNING' || status === 'SCHEDULED' ? null : (data.endTime ?? run.endTime ?? Date.now());
    const name = data.name ?? run.name;
    tx.update(runs).set({ status, endTime, name }).where(eq(runs.id, run.id)).run();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'run.update',
      entityType: 'run',
      entityId: runUuid,
      before: { status: run.status, endTime: run.endTime, name: run.name },
      after: { status, endTime, name },
    });
  });
}
