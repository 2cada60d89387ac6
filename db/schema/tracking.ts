import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

const now = sql`(unixepoch('subsec') * 1000)`;

export const RUN_STATUSES = ['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const experiments = sqliteTable('experiments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  artifactLocation: text('artifact_location'),
  lifecycleStage: text('lifecycle_stage', { enum: ['active', 'deleted'] }).notNull().default('active'),
  tags: text('tags', { mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
  createdAt: integer('created_at').notNull().default(now),
  updatedAt: integer('updated_at').notNull().default(now),
});

export const runs = sqliteTable(
  'runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** MLflow's run_id: 32 lowercase hex characters. */
    uuid: text('uuid').notNull().unique(),
    experimentId: integer('experiment_id').notNull().references(() => experiments.id),
    name: text('name').notNull(),
    status: text('status', { enum: RUN_STATUSES }).notNull().default('RUNNING'),
    userId: integer('user_id').references(() => users.id),
    startTime: integer('start_time').notNull(),
    endTime: integer('end_time'),
    artifactUri: text('artifact_uri'),
    lifecycleStage: text('lifecycle_stage', { enum: ['active', 'deleted'] }).notNull().default('active'),
  },
  (t) => [index('runs_experiment_idx').on(t.experimentId, t.startTime)],
);

export const runParams = sqliteTable(
  'run_params',
  {
    runId: integer('run_id').notNull().references(() => runs.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.key] })],
);

export const runTags = sqliteTable(
  'run_tags',
  {
    runId: integer('run_id').notNull().references(() => runs.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.key] })],
);

/** The latest value of each metric of a run, as MLflow's `latest_metrics`. */
export const runMetrics = sqliteTable(
  'run_metrics',
  {
    runId: integer('run_id').notNull().references(() => runs.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: real('value').notNull(),
    step: integer('step').notNull().default(0),
    timestamp: integer('timestamp').notNull(),
    /** How many points the history holds, kept by log-batch so reading a version never counts millions of rows. */
    points: integer('points').notNull().default(0),
    /** How many of those points the rollups hold; rollups are current only while this equals `points`. */
    rolledUp: integer('rolled_up').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.runId, t.key] })],
);

/**
 * Every logged point; histories can hold millions of rows, so one index is all there is. It covers every
 * column, so reading a history is a single range scan of the index without a lookup per row.
 */
export const metricHistory = sqliteTable(
  'metric_history',
  {
    runId: integer('run_id').notNull().references(() => runs.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    step: integer('step').notNull(),
    timestamp: integer('timestamp').notNull(),
    value: real('value').notNull(),
  },
  (t) => [index('metric_history_covering_idx').on(t.runId, t.key, t.step, t.timestamp, t.value)],
);

export const ROLLUP_AXES = ['step', 'time'] as const;

/**
 * Min and max per bucket of a history, at several bucket widths (`level`), in step order and in time
 * order: a chart of a million-point history reads a few thousand of these rows instead of every point.
 * Buckets never split one x value, so `first_x` is unique per level and the key orders them. The
 * migration makes the table WITHOUT ROWID (drizzle cannot say so): rows are stored in key order, so a
 * window's buckets are one sequential read instead of a lookup per row.
 */
export const metricRollups = sqliteTable(
  'metric_rollups',
  {
    runId: integer('run_id').notNull().references(() => runs.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    axis: text('axis', { enum: ROLLUP_AXES }).notNull(),
    level: integer('level').notNull(),
    firstX: integer('first_x').notNull(),
    lastX: integer('last_x').notNull(),
    count: integer('count').notNull(),
    /** The steps the bucket spans, so a time range can be read through the step index. */
    stepMin: integer('step_min').notNull(),
    stepMax: integer('step_max').notNull(),
    loStep: integer('lo_step').notNull(),
    loTime: integer('lo_time').notNull(),
    loValue: real('lo_value').notNull(),
    hiStep: integer('hi_step').notNull(),
    hiTime: integer('hi_time').notNull(),
    hiValue: real('hi_value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.key, t.axis, t.level, t.firstX] })],
);

export type ExperimentRow = typeof experiments.$inferSelect;
export type RunRow = typeof runs.$inferSelect;
