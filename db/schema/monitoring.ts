import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { datasets, modelVersions, registeredModels } from './registry';
import { users } from './users';

export const COLUMN_KINDS = ['numeric', 'categorical'] as const;
export const COLUMN_ROLES = ['feature', 'prediction', 'label'] as const;
export const ALERT_KINDS = ['dataset_drift', 'feature_drift', 'performance'] as const;
export const ALERT_SEVERITIES = ['warning', 'critical'] as const;
export const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const;

export type ColumnKindName = (typeof COLUMN_KINDS)[number];
export type ColumnRole = (typeof COLUMN_ROLES)[number];
export type AlertKind = (typeof ALERT_KINDS)[number];
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** One column of a reference table as the schema page shows it. */
export interface ReferenceColumnInfo {
  name: string;
  kind: ColumnKindName;
  /** What the values looked like; `kind` differs from it only after an override. */
  inferredKind: ColumnKindName;
  role: ColumnRole;
  missing: number;
  distinct: number;
  min?: number;
  max?: number;
  mean?: number;
}

/** A model's monitoring policy (validated by lib/monitoring/policy.ts); models without a row use the default. */
export const monitoringPolicies = sqliteTable('monitoring_policies', {
  modelId: integer('model_id').primaryKey().references(() => registeredModels.id, { onDelete: 'cascade' }),
  policy: text('policy', { mode: 'json' }).$type<unknown>().notNull(),
  updatedById: integer('updated_by_id').references(() => users.id),
  updatedAt: integer('updated_at').notNull(),
});

/** The data a version is judged against. A new upload supersedes the last one; earlier batches keep the reference they were judged by. */
export const monitoringReferences = sqliteTable(
  'monitoring_references',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    versionId: integer('version_id').notNull().references(() => modelVersions.id, { onDelete: 'cascade' }),
    rowCount: integer('row_count').notNull(),
    columns: text('columns', { mode: 'json' }).$type<ReferenceColumnInfo[]>().notNull(),
    source: text('source').notNull(),
    datasetId: integer('dataset_id').references(() => datasets.id, { onDelete: 'set null' }),
    sha256: text('sha256').notNull(),
    createdById: integer('created_by_id').notNull().references(() => users.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('monitoring_references_version_idx').on(t.versionId, t.id)],
);

/**
 * A reference column in the two forms drift needs: the non-missing numbers sorted ascending (little-endian
 * float64) when every value is a number, and the count of every distinct value (when there are few enough).
 */
export const referenceColumns = sqliteTable(
  'reference_columns',
  {
    referenceId: integer('reference_id').notNull().references(() => monitoringReferences.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    sorted: blob('sorted', { mode: 'buffer' }),
    counts: text('counts', { mode: 'json' }).$type<Record<string, number>>(),
  },
  (t) => [primaryKey({ columns: [t.referenceId, t.name] })],
);

/** One production batch and its drift report; batches are written whole or not at all. */
export const monitoringBatches = sqliteTable(
  'monitoring_batches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    versionId: integer('version_id').notNull().references(() => modelVersions.id, { onDelete: 'cascade' }),
    referenceId: integer('reference_id').notNull().references(() => monitoringReferences.id, { onDelete: 'cascade' }),
    rowCount: integer('row_count').notNull(),
    /** When the data was observed (the client's batch timestamp), else when it arrived. */
    observedAt: integer('observed_at').notNull(),
    receivedAt: integer('received_at').notNull(),
    sha256: text('sha256').notNull(),
    policy: text('policy', { mode: 'json' }).$type<unknown>().notNull(),
    columnCount: integer('column_count').notNull(),
    driftedCount: integer('drifted_count').notNull(),
    datasetDrift: integer('dataset_drift', { mode: 'boolean' }).notNull(),
    performance: text('performance', { mode: 'json' }).$type<Record<string, number>>(),
    labelsAt: integer('labels_at'),
    createdById: integer('created_by_id').notNull().references(() => users.id),
  },
  (t) => [index('monitoring_batches_version_idx').on(t.versionId, t.observedAt), index('monitoring_batches_reference_idx').on(t.referenceId)],
);

/** One column's verdict in one batch, with the two distributions the chart draws. */
export const batchColumns = sqliteTable(
  'batch_columns',
  {
    batchId: integer('batch_id').notNull().references(() => monitoringBatches.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role', { enum: COLUMN_ROLES }).notNull(),
    kind: text('kind', { enum: COLUMN_KINDS }).notNull(),
    method: text('method').notNull(),
    threshold: real('threshold').notNull(),
    /** The method's statistic (a p-value or a distance); null when the batch had no value in the column. */
    value: real('value'),
    drifted: integer('drifted', { mode: 'boolean' }).notNull(),
    missingRate: real('missing_rate').notNull(),
    referenceMissingRate: real('reference_missing_rate').notNull(),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.name] })],
);

/** Predictions kept for labels that arrive later: float64 values, or category codes with their dictionary. */
export const batchPredictions = sqliteTable('batch_predictions', {
  batchId: integer('batch_id').primaryKey().references(() => monitoringBatches.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: COLUMN_KINDS }).notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
  dictionary: text('dictionary', { mode: 'json' }).$type<string[]>(),
});

export const monitoringAlerts = sqliteTable(
  'monitoring_alerts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    versionId: integer('version_id').notNull().references(() => modelVersions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ALERT_KINDS }).notNull(),
    /** The column or metric concerned; empty for dataset drift. */
    subject: text('subject').notNull().default(''),
    severity: text('severity', { enum: ALERT_SEVERITIES }).notNull(),
    status: text('status', { enum: ALERT_STATUSES }).notNull().default('open'),
    message: text('message').notNull(),
    occurrences: integer('occurrences').notNull().default(1),
    firstBatchId: integer('first_batch_id').references(() => monitoringBatches.id, { onDelete: 'set null' }),
    lastBatchId: integer('last_batch_id').references(() => monitoringBatches.id, { onDelete: 'set null' }),
    firstSeenAt: integer('first_seen_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    acknowledgedById: integer('acknowledged_by_id').references(() => users.id),
    acknowledgedAt: integer('acknowledged_at'),
    acknowledgeComment: text('acknowledge_comment'),
    resolvedById: integer('resolved_by_id').references(() => users.id),
    resolvedAt: integer('resolved_at'),
    resolveComment: text('resolve_comment'),
  },
  (t) => [
    // One unresolved alert per version × kind × subject: a repeat bumps its count instead.
    uniqueIndex('monitoring_alerts_open_idx').on(t.versionId, t.kind, t.subject).where(sql`status <> 'resolved'`),
    index('monitoring_alerts_status_idx').on(t.status, t.lastSeenAt),
    index('monitoring_alerts_first_batch_idx').on(t.firstBatchId),
    index('monitoring_alerts_last_batch_idx').on(t.lastBatchId),
  ],
);

export type MonitoringReferenceRow = typeof monitoringReferences.$inferSelect;
export type MonitoringBatchRow = typeof monitoringBatches.$inferSelect;
export type BatchColumnRow = typeof batchColumns.$inferSelect;
export type MonitoringAlertRow = typeof monitoringAlerts.$inferSelect;
