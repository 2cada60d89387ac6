import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { monitoringPolicies } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, authorizeOwned, type Actor } from '@/lib/auth/actor';
import { parseInput } from '@/lib/errors';
import { findModel, touchModel } from '@/lib/registry/model-store';
import { DEFAULT_POLICY, type MonitoringPolicy, monitoringPolicySchema } from './policy';

/** The model's policy as stored, else the default; read inside the caller's transaction when there is one. */
export function policyOfModel(modelId: number): MonitoringPolicy {
  const row = getDb().select({ policy: monitoringPolicies.policy }).from(monitoringPolicies).where(eq(monitoringPolicies.modelId, modelId)).get();
  // Stored policies were validated on the way in; parsing again fills defaults added since.
  return row ? monitoringPolicySchema.parse(row.policy) : DEFAULT_POLICY;
}

export function getMonitoringPolicy(actor: Actor, modelName: string): MonitoringPolicy {
  authorize(actor, 'read', 'monitoring');
  return policyOfModel(findModel(modelName).id);
}

/** Replaces a model's policy as a whole; later batches are judged by it, earlier reports keep theirs. */
export function setMonitoringPolicyUseCase(actor: Actor, modelName: string, input: unknown): MonitoringPolicy {
  const policy = parseInput(monitoringPolicySchema, input, 'monitoring');
  return getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'monitoring:write', model, 'monitoring');
    const before = policyOfModel(model.id);
    if (JSON.stringify(before) === JSON.stringify(policy)) return policy;
    const updatedAt = Date.now();
    tx.insert(monitoringPolicies)
      .values({ modelId: model.id, policy, updatedById: actor.id, updatedAt })
      .onConflictDoUpdate({ target: monitoringPolicies.modelId, set: { policy, updatedById: actor.id, updatedAt } })
      .run();
    touchModel(model.id);
    recordAudit(tx, { actorId: actor.id, action: 'monitoring.policy', entityType: 'model', entityId: model.id, before, after: policy });
    return policy;
  });
}
