import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { approvalPolicies, METRIC_COMPARATORS, type GateSettings, type RiskTier } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type Actor } from '@/lib/auth/actor';
import { AppError, parseInput } from '@/lib/errors';
import { findModel, touchModel } from '@/lib/registry/model-store';
import { IMMEDIATE } from './transitions';

export interface ApprovalPolicy {
  requiredApprovals: number;
  expiryHours: number;
  gates: GateSettings;
  /** `model` when an admin set this model's policy, `tier` when it follows its risk tier's defaults. */
  source: 'model' | 'tier';
}

/** What a model follows until an admin sets its own policy: more eyes and more evidence as the risk rises. */
export const TIER_DEFAULTS: Record<RiskTier, Omit<ApprovalPolicy, 'source'>> = {
  low: { requiredApprovals: 1, expiryHours: 24 * 14, gates: { cardComplete: false, lineage: true, noCriticalAlert: true, metrics: [] } },
  medium: { requiredApprovals: 1, expiryHours: 24 * 7, gates: { cardComplete: true, lineage: true, noCriticalAlert: true, metrics: [] } },
  high: { requiredApprovals: 2, expiryHours: 24 * 3, gates: { cardComplete: true, lineage: true, noCriticalAlert: true, metrics: [] } },
};

/** The fewest approvals a policy may ask for: a high-risk model always needs two people besides its authors. */
export const MIN_APPROVALS: Record<RiskTier, number> = { low: 1, medium: 1, high: 2 };
export const MAX_APPROVALS = 5;
export const MAX_EXPIRY_HOURS = 24 * 90;

const metricGateSchema = z.object({
  metric: z.string().trim().min(1, 'Name the metric.').max(250, 'Metric names have at most 250 characters.'),
  comparator: z.enum(METRIC_COMPARATORS, { error: 'Use >= or <=.' }),
  value: z.number({ error: 'The threshold must be a number.' }).refine(Number.isFinite, 'The threshold must be a finite number.'),
});

export const policySchema = z.strictObject({
  requiredApprovals: z.int('Approvals must be a whole number.').min(0, 'Approvals cannot be negative.').max(MAX_APPROVALS, `At most ${MAX_APPROVALS} approvals.`),
  expiryHours: z.int('Expiry must be whole hours.').min(1, 'Requests must live at least an hour.').max(MAX_EXPIRY_HOURS, 'At most 90 days.'),
  gates: z.strictObject({
    cardComplete: z.boolean(),
    lineage: z.boolean(),
    noCriticalAlert: z.boolean(),
    metrics: z
      .array(metricGateSchema)
      .max(20, 'At most 20 metric gates.')
      .refine((gates) => new Set(gates.map((g) => `${g.metric} ${g.comparator}`)).size === gates.length, 'Each metric and comparator may appear once.'),
  }),
});

/** A model's policy, read inside the caller's transaction when there is one. */
export function policyFor(model: { id: number; riskTier: RiskTier }): ApprovalPolicy {
  const row = getDb().select().from(approvalPolicies).where(eq(approvalPolicies.modelId, model.id)).get();
  if (!row) return { ...TIER_DEFAULTS[model.riskTier], source: 'tier' };
  return { requiredApprovals: row.requiredApprovals, expiryHours: row.expiryHours, gates: row.gates, source: 'model' };
}

/** The approvals the model's own policy asks for; null when it follows its tier's defaults. */
export function ownPolicyApprovals(modelId: number): number | null {
  return getDb().select({ n: approvalPolicies.requiredApprovals }).from(approvalPolicies).where(eq(approvalPolicies.modelId, modelId)).get()?.n ?? null;
}

export function getPolicy(actor: Actor, modelName: string): ApprovalPolicy {
  authorize(actor, 'read', 'policy');
  return policyFor(findModel(modelName));
}

/** Admins set a model's approval policy; `null` returns it to its risk tier's defaults. */
export function setPolicyUseCase(actor: Actor, modelName: string, input: unknown): ApprovalPolicy {
  authorize(actor, 'policy:manage', 'policy');
  const data = input === null ? null : parseInput(policySchema, input, 'policy');
  return getDb().transaction((tx) => {
    const model = findModel(modelName);
    if (data && data.requiredApprovals < MIN_APPROVALS[model.riskTier]) {
      const min = MIN_APPROVALS[model.riskTier];
      throw new AppError('bad_request', 'policy', `A ${model.riskTier}-risk model needs at least ${min} approval${min > 1 ? 's' : ''}.`, {
        requiredApprovals: [`At least ${min} for a ${model.riskTier}-risk model.`],
      });
    }
    const before = policyFor(model);
    const now = Date.now();
    if (data) {
      tx.insert(approvalPolicies)
        .values({ modelId: model.id, ...data, updatedById: actor.id, updatedAt: now })
        .onConflictDoUpdate({ target: approvalPolicies.modelId, set: { ...data, updatedById: actor.id, updatedAt: now } })
        .run();
    } else {
      tx.delete(approvalPolicies).where(eq(approvalPolicies.modelId, model.id)).run();
    }
    const after = policyFor(model);
    touchModel(model.id, now);
    recordAudit(tx, { actorId: actor.id, action: 'approval.policy', entityType: 'model', entityId: model.id, before, after });
    return after;
  }, IMMEDIATE);
}
