import 'server-only';
import { and, eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { deployments, modelAliases, modelVersions, type ModelRow, type VersionRow } from '@/db/schema';
import { recordAudit, type Writer } from '@/lib/audit/record';
import { authorize, type Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { invalidState, parseInput } from '@/lib/errors';
import { pointAlias } from '@/lib/registry/aliases';
import { findModel } from '@/lib/registry/model-store';
import { liveCondition } from './deployments';
import { protectedAliasesOf } from './protected-aliases';
import { applyStage, IMMEDIATE, previousProduction } from './transitions';

export const rollbackSchema = z.object({
  reason: z.string().trim().min(3, 'Say why in at least 3 characters.').max(2000, 'Reasons are at most 2000 characters.'),
});

export interface RollbackResult {
  from: number;
  to: number;
  /** Environments whose live deployment served the rolled-back version and now serve the previous one. */
  environments: string[];
}

function productionOf(db: Writer, modelId: number): VersionRow | undefined {
  return db
    .select()
    .from(modelVersions)
    .where(and(eq(modelVersions.modelId, modelId), eq(modelVersions.stage, 'production')))
    .get();
}

/** Where a rollback would go, for pages to offer the button only when it can work; null also when the user may not roll back. */
export function rollbackTarget(actor: Actor, modelName: string): { from: number; to: number } | null {
  if (!can(actor.role, 'deployment:rollback')) return null;
  const db = getDb();
  const model = findModel(modelName);
  const current = productionOf(db, model.id);
  const previous = current && previousProduction(db, model.id, current.id);
  return current && previous && model.retiredAt === null ? { from: current.version, to: previous.version } : null;
}

/**
 * Takes the rolled-back version out of every live deployment: where it was champion the previous
 * version takes its place, where it was challenger the champion gets all the traffic.
 */
function followDeployments(tx: Writer, model: ModelRow, current: VersionRow, previous: VersionRow, actorId: number, reason: string): string[] {
  const affected = tx
    .select()
    .from(deployments)
    .where(and(liveCondition(tx, model.id), or(eq(deployments.championVersionId, current.id), eq(deployments.challengerVersionId, current.id))))
    .all();
  const at = Date.now();
  for (const d of affected) {
    const championVersionId = d.championVersionId === current.id ? previous.id : d.championVersionId;
    const keepChallenger = d.challengerVersionId !== null && d.challengerVersionId !== current.id && d.challengerVersionId !== championVersionId;
    tx.insert(deployments)
      .values({
        modelId: model.id,
        environment: d.environment,
        endpoint: d.endpoint,
        championVersionId,
        challengerVersionId: keepChallenger ? d.challengerVersionId : null,
        challengerWeight: keepChallenger ? d.challengerWeight : 0,
        kind: 'rollback',
        note: reason,
        createdById: actorId,
        createdAt: at,
      })
      .run();
  }
  return affected.map((d) => d.environment).sort();
}

/** Protected aliases that followed the rolled-back version (e.g. `champion`) go back with production. */
function followProtectedAliases(tx: Writer, model: ModelRow, current: VersionRow, previous: VersionRow, actorId: number): void {
  const held = tx
    .select({ alias: modelAliases.alias })
    .from(modelAliases)
    .where(and(eq(modelAliases.versionId, current.id), inArray(modelAliases.alias, protectedAliasesOf(model.id))))
    .all();
  for (const { alias } of held) pointAlias(tx, model.id, alias, previous, actorId);
}

/**
 * One click back to the version that served before, without a promotion request: the current
 * production version is archived, the previous one returns, and the deployments follow, all in one
 * transaction with their audit entries (and so their webhooks).
 */
export function rollbackUseCase(actor: Actor, modelName: string, input: unknown): RollbackResult {
  const { reason } = parseInput(rollbackSchema, input, 'rollback');
  authorize(actor, 'deployment:rollback', 'rollback');
  return getDb().transaction((tx) => {
    const model = findModel(modelName);
    if (model.retiredAt !== null) throw invalidState('rollback', `Model "${model.name}" is retired; none of its versions can return to production.`);
    const current = productionOf(tx, model.id);
    if (!current) throw invalidState('rollback', `Model "${model.name}" has no version in production to roll back.`);
    const previous = previousProduction(tx, model.id, current.id);
    if (!previous) throw invalidState('rollback', `No earlier production version of "${model.name}" is still archived, so there is nothing to roll back to.`);
    const change = { model, cause: 'rollback', actorId: actor.id, reason } as const;
    applyStage(tx, { ...change, version: current, toStage: 'archived' });
    applyStage(tx, { ...change, version: previous, toStage: 'production' });
    const environments = followDeployments(tx, model, current, previous, actor.id, reason);
    followProtectedAliases(tx, model, current, previous, actor.id);
    recordAudit(tx, {
      actorId: actor.id,
      action: 'deployment.rollback',
      entityType: 'model',
      entityId: model.id,
      before: { productionVersion: current.version },
      after: { productionVersion: previous.version, reason, environments },
    });
    return { from: current.version, to: previous.version, environments };
  }, IMMEDIATE);
}
