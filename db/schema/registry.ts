import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { runs } from './tracking';
import { users } from './users';

const now = sql`(unixepoch('subsec') * 1000)`;

export const RISK_TIERS = ['low', 'medium', 'high'] as const;
export const TASK_TYPES = ['classification', 'regression', 'clustering', 'ranking', 'forecasting', 'nlp', 'vision', 'other'] as const;
export const VERSION_STATUSES = ['PENDING_REGISTRATION', 'FAILED_REGISTRATION', 'READY'] as const;
export const STAGES = ['development', 'staging', 'production', 'archived', 'retired'] as const;
export const DATASET_ROLES = ['training', 'validation', 'evaluation'] as const;

export type RiskTier = (typeof RISK_TIERS)[number];
export type TaskType = (typeof TASK_TYPES)[number];
export type Stage = (typeof STAGES)[number];
export type DatasetRole = (typeof DATASET_ROLES)[number];

export interface SignatureColumn {
  name: string;
  type: string;
}

export const registeredModels = sqliteTable(
  'registered_models',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    ownerId: integer('owner_id').notNull().references(() => users.id),
    team: text('team'),
    taskType: text('task_type', { enum: TASK_TYPES }).notNull(),
    framework: text('framework').notNull().default(''),
    riskTier: text('risk_tier', { enum: RISK_TIERS }).notNull().default('medium'),
    /** Highest version number ever issued: numbers are never reused, even after a delete. */
    lastVersionNumber: integer('last_version_number').notNull().default(0),
    /** Set when the whole model is retired: no version of it can be promoted again. */
    retiredAt: integer('retired_at'),
    retiredReason: text('retired_reason'),
    createdAt: integer('created_at').notNull().default(now),
    updatedAt: integer('updated_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('registered_models_name_idx').on(t.name),
    index('registered_models_updated_idx').on(t.updatedAt),
    index('registered_models_owner_idx').on(t.ownerId),
    index('registered_models_team_idx').on(t.team),
  ],
);

export const modelTags = sqliteTable(
  'model_tags',
  {
    modelId: integer('model_id').notNull().references(() => registeredModels.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: text('value').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.key] }), index('model_tags_key_value_idx').on(t.key, t.value)],
);

export const modelVersions = sqliteTable(
  'model_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    modelId: integer('model_id').notNull().references(() => registeredModels.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    description: text('description').notNull().default(''),
    status: text('status', { enum: VERSION_STATUSES }).notNull().default('READY'),
    stage: text('stage', { enum: STAGES }).notNull().default('development'),
    runId: integer('run_id').references(() => runs.id, { onDelete: 'set null' }),
    sourceUri: text('source_uri'),
    artifactSha256: text('artifact_sha256'),
    artifactSize: integer('artifact_size'),
    artifactFormat: text('artifact_format'),
    inputSignature: text('input_signature', { mode: 'json' }).$type<SignatureColumn[]>(),
    outputSignature: text('output_signature', { mode: 'json' }).$type<SignatureColumn[]>(),
    codeRepository: text('code_repository'),
    codeCommit: text('code_commit'),
    retiredAt: integer('retired_at'),
    retiredReason: text('retired_reason'),
    /** When an admin deleted the retired version's artifact files under a retention rule. */
    artifactsPurgedAt: integer('artifacts_purged_at'),
    createdById: integer('created_by_id').notNull().references(() => users.id),
    createdAt: integer('created_at').notNull().default(now),
    updatedAt: integer('updated_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('model_versions_model_version_idx').on(t.modelId, t.version),
    index('model_versions_stage_idx').on(t.stage, t.modelId),
    index('model_versions_run_idx').on(t.runId),
  ],
);

export const versionTags = sqliteTable(
  'model_version_tags',
  {
    versionId: integer('version_id').notNull().references(() => modelVersions.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: text('value').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.key] })],
);

/** One version per alias per model. */
export const modelAliases = sqliteTable(
  'model_aliases',
  {
    modelId: integer('model_id').notNull().references(() => registeredModels.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    versionId: integer('version_id').notNull().references(() => modelVersions.id, { onDelete: 'cascade' }),
    updatedAt: integer('updated_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.alias] }), index('model_aliases_alias_idx').on(t.alias, t.modelId), index('model_aliases_version_idx').on(t.versionId)],
);

export const datasets = sqliteTable(
  'datasets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    version: text('version').notNull(),
    contentHash: text('content_hash').notNull(),
    rowCount: integer('row_count'),
    location: text('location'),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('datasets_name_version_idx').on(t.name, t.version)],
);

export const versionDatasets = sqliteTable(
  'version_datasets',
  {
    versionId: integer('version_id').notNull().references(() => modelVersions.id, { onDelete: 'cascade' }),
    datasetId: integer('dataset_id').notNull().references(() => datasets.id),
    role: text('role', { enum: DATASET_ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.datasetId, t.role] })],
);

export const MODEL_CARD_SECTIONS = [
  'overview',
  'intendedUse',
  'outOfScope',
  'trainingData',
  'evaluationData',
  'limitations',
  'ethicalConsiderations',
  'caveats',
] as const;
export type ModelCardSection = (typeof MODEL_CARD_SECTIONS)[number];

export const modelCards = sqliteTable('model_cards', {
  versionId: integer('version_id').primaryKey().references(() => modelVersions.id, { onDelete: 'cascade' }),
  overview: text('overview').notNull().default(''),
  intendedUse: text('intended_use').notNull().default(''),
  outOfScope: text('out_of_scope').notNull().default(''),
  trainingData: text('training_data').notNull().default(''),
  evaluationData: text('evaluation_data').notNull().default(''),
  limitations: text('limitations').notNull().default(''),
  ethicalConsiderations: text('ethical_considerations').notNull().default(''),
  caveats: text('caveats').notNull().default(''),
  updatedById: integer('updated_by_id').references(() => users.id),
  updatedAt: integer('updated_at').notNull().default(now),
});

/** Files stored content-addressed under DATA_DIR/artifacts by their sha256. */
export const artifacts = sqliteTable(
  'artifacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    versionId: integer('version_id').notNull().references(() => modelVersions.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    contentType: text('content_type').notNull().default('application/octet-stream'),
    createdById: integer('created_by_id').notNull().references(() => users.id),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('artifacts_version_file_idx').on(t.versionId, t.fileName), index('artifacts_sha_idx').on(t.sha256)],
);

export type ModelRow = typeof registeredModels.$inferSelect;
export type VersionRow = typeof modelVersions.$inferSelect;
export type ModelCardRow = typeof modelCards.$inferSelect;
export type ArtifactRow = typeof artifacts.$inferSelect;

export const METRIC_DIRECTIONS = ['higher', 'lower'] as const;

/** A model's own reading of a metric, where the name alone guesses wrong (e.g. `coverage_gap`). */
export const metricDirections = sqliteTable(
  'metric_directions',
  {
    modelId: integer('model_id').notNull().references(() => registeredModels.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    direction: text('direction', { enum: METRIC_DIRECTIONS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.key] })],
);
