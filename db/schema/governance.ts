import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { STAGES, modelVersions, registeredModels } from './registry';
import { users } from './users';

export const REQUEST_TARGETS = ['staging', 'production'] as const;
/** `expired` is written when a new request replaces one whose time ran out; until then expiry is read from `expires_at`. */
export const REQUEST_STATUSES = ['pending', 'approved', 'rejected', 'cancelled', 'expired'] as const;
export const REVIEW_DECISIONS = ['approve', 'reject'] as const;
export const DEPLOYMENT_ROLES = ['champion', 'challenger'] as const;
export const METRIC_COMPARATORS = ['>=', '<='] as const;

export type RequestTarget = (typeof REQUEST_TARGETS)[number];
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export type MetricComparator = (typeof METRIC_COMPARATORS)[number];

export interface MetricGate {
  metric: string;
  comparator: MetricComparator;
  value: number;
}

/** The checks a version must pass when a promotion is requested and again when the last approval lands. */
export interface GateSettings {
  cardComplete: boolean;
  lineage: boolean;
  noCriticalAlert: boolean;
  metrics: MetricGate[];
}

export interface GateResult {
  gate: string;
  passed: boolean;
  reason: string;
}

/** A model's own approval policy; a model without one follows the defaults of its risk tier. */
export const approvalPolicies = sqliteTable('approval_policies', {
  modelId: integer('model_id')
    .primaryKey()
    .references(() => registeredModels.id, { onDelete: 'cascade' }),
  requiredApprovals: integer('required_approvals').notNull(),
  gates: text('gates', { mode: 'json' }).$type<GateSettings>().notNull(),
  expiryHours: integer('expiry_hours').notNull(),
  updatedById: integer('updated_by_id').references(() => users.id),
  updatedAt: integer('updated_at').notNull(),
});

/** Aliases that move only through an approved promotion request. */
export const protectedAliases = sqliteTable(
  'protected_aliases',
  {
    modelId: integer('model_id')
      .notNull()
      .references(() => registeredModels.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    createdById: integer('created_by_id').references(() => users.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.alias] })],
);

export const promotionRequests = sqliteTable(
  'promotion_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    modelId: integer('model_id')
      .notNull()
      .references(() => registeredModels.id, { onDelete: 'cascade' }),
    versionId: integer('version_id')
      .notNull()
      .references(() => modelVersions.id, { onDelete: 'cascade' }),
    /** The stage asked for; null when the request only moves a protected alias. */
    targetStage: text('target_stage', { enum: REQUEST_TARGETS }),
    /** A protected alias to point at the version; null when only the stage changes. */
    alias: text('alias'),
    justification: text('justification').notNull(),
    requestedById: integer('requested_by_id')
      .notNull()
      .references(() => users.id),
    status: text('status', { enum: REQUEST_STATUSES }).notNull().default('pending'),
    /** Copied from the policy when the request is made, so a later policy edit never moves the goalposts mid-review. */
    requiredApprovals: integer('required_approvals').notNull(),
    gateSettings: text('gate_settings', { mode: 'json' }).$type<GateSettings>().notNull(),
    /** Gate results when the request was made and, once decided, when the last approval landed. */
    gateResults: text('gate_results', { mode: 'json' }).$type<GateResult[]>().notNull(),
    approvals: integer('approvals').notNull().default(0),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    decidedAt: integer('decided_at'),
  },
  (t) => [
    index('promotion_requests_status_idx').on(t.status, t.createdAt),
    index('promotion_requests_version_idx').on(t.versionId, t.id),
    // One open request per version: a second one would race the first for the same reviewers.
    uniqueIndex('promotion_requests_open_idx').on(t.versionId).where(sql`status = 'pending'`),
    check('promotion_requests_target_check', sql`target_stage IS NOT NULL OR alias IS NOT NULL`),
  ],
);

/** One decision per reviewer per request: the key is what keeps a double click from counting twice. */
export const requestReviews = sqliteTable(
  'request_reviews',
  {
    requestId: integer('request_id')
      .notNull()
      .references(() => promotionRequests.id, { onDelete: 'cascade' }),
    reviewerId: integer('reviewer_id')
      .notNull()
      .references(() => users.id),
    decision: text('decision', { enum: REVIEW_DECISIONS }).notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.reviewerId] })],
);

/** Every stage change of every version, with the request or override that caused it. */
export const stageTransitions = sqliteTable(
  'stage_transitions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    modelId: integer('model_id')
      .notNull()
      .references(() => registeredModels.id, { onDelete: 'cascade' }),
    versionId: integer('version_id')
      .notNull()
      .references(() => modelVersions.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage', { enum: STAGES }).notNull(),
    toStage: text('to_stage', { enum: STAGES }).notNull(),
    /** `request`, `displaced`, `override`, `rollback` or `retirement`. */
    cause: text('cause').notNull(),
    requestId: integer('request_id').references(() => promotionRequests.id, { onDelete: 'set null' }),
    actorId: integer('actor_id').references(() => users.id),
    reason: text('reason').notNull().default(''),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('stage_transitions_model_idx').on(t.modelId, t.id), index('stage_transitions_version_idx').on(t.versionId, t.id)],
);

/**
 * What serves where: one row per deployment of a model to an environment. The newest row of an
 * environment is live; older rows stay as history (a rollback is a new row too).
 */
export const deployments = sqliteTable(
  'deployments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    modelId: integer('model_id')
      .notNull()
      .references(() => registeredModels.id, { onDelete: 'cascade' }),
    environment: text('environment').notNull(),
    endpoint: text('endpoint').notNull(),
    championVersionId: integer('champion_version_id')
      .notNull()
      .references(() => modelVersions.id, { onDelete: 'cascade' }),
    challengerVersionId: integer('challenger_version_id').references(() => modelVersions.id, { onDelete: 'cascade' }),
    /** Percent of traffic sent to the challenger (0 without one). */
    challengerWeight: integer('challenger_weight').notNull().default(0),
    /** `deploy` or `rollback`. */
    kind: text('kind').notNull().default('deploy'),
    note: text('note').notNull().default(''),
    createdById: integer('created_by_id').references(() => users.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('deployments_model_env_idx').on(t.modelId, t.environment, t.id)],
);

export type ApprovalPolicyRow = typeof approvalPolicies.$inferSelect;
export type PromotionRequestRow = typeof promotionRequests.$inferSelect;
export type RequestReviewRow = typeof requestReviews.$inferSelect;
export type StageTransitionRow = typeof stageTransitions.$inferSelect;
export type DeploymentRow = typeof deployments.$inferSelect;
