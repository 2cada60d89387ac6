import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { modelAliases, modelVersions, registeredModels, type ModelRow } from '@/db/schema';
import { recordAudit, type Writer } from '@/lib/audit/record';
import { authorizeOwned, type Actor } from '@/lib/auth/actor';
import { invalidState, parseInput } from '@/lib/errors';
import { liveDeployments } from '@/lib/governance/deployments';
import { isProtectedAlias } from '@/lib/governance/protected-aliases';
import { openRequestOf } from '@/lib/governance/requests';
import { findModel, findVersion, touchModel } from './model-store';
import { toModelDto } from './models';
import { modelNameSchema, versionNumberSchema } from './schemas';

const modelRef = z.object({ name: modelNameSchema });
const versionRef = modelRef.extend({ version: versionNumberSchema });

/**
 * A version in production is serving traffic: deleting it (or its model) would pull the floor from under
 * whatever routes to it, so it has to leave production first.
 */
function refuseWhileInProduction(tx: Writer, model: ModelRow, version?: number): void {
  const where = version === undefined ? eq(modelVersions.modelId, model.id) : and(eq(modelVersions.modelId, model.id), eq(modelVersions.version, version));
  const live = tx
    .select({ version: modelVersions.version })
    .from(modelVersions)
    .where(and(where, eq(modelVersions.stage, 'production')))
    .get();
  if (live) throw invalidState('version', `Version ${live.version} of "${model.name}" is in production; move it to archived before deleting it.`);
}

/** Removes a model with its versions, tags, aliases and cards. Artifact files stay: the store is content-addressed and shared. */
export function deleteModelUseCase(actor: Actor, modelName: unknown): void {
  const { name } = parseInput(modelRef, { name: modelName }, 'model');
  getDb().transaction((tx) => {
    const model = findModel(name);
    authorizeOwned(actor, 'model:delete', model, 'model');
    refuseWhileInProduction(tx, model);
    const versions = tx
      .select({ version: modelVersions.version, stage: modelVersions.stage })
      .from(modelVersions)
      .where(eq(modelVersions.modelId, model.id))
      .orderBy(asc(modelVersions.version))
      .all();
    const before = { ...toModelDto(model), versions };
    tx.delete(registeredModels).where(eq(registeredModels.id, model.id)).run();
    recordAudit(tx, { actorId: actor.id, action: 'model.delete', entityType: 'model', entityId: model.id, before });
  });
}

/** Removes one version; its number is never issued again, and aliases that pointed at it go with it. */
export function deleteVersionUseCase(actor: Actor, modelName: unknown, versionNumber: unknown): void {
  const { name, version } = parseInput(versionRef, { name: modelName, version: versionNumber }, 'version');
  getDb().transaction((tx) => {
    const model = findModel(name);
    authorizeOwned(actor, 'version:delete', model, 'version');
    const row = findVersion(model.id, version);
    refuseWhileInProduction(tx, model, version);
    const aliases = tx.select({ alias: modelAliases.alias }).from(modelAliases).where(eq(modelAliases.versionId, row.id)).all();
    const serving = liveDeployments(tx, model.id).find((d) => d.championVersion === version || d.challengerVersion === version);
    if (serving) throw invalidState('version', `Version ${version} serves in the live deployment of "${serving.environment}": deploy another version there first.`);
    const request = openRequestOf(row.id);
    if (request !== undefined) throw invalidState('version', `Version ${version} is under review (request #${request}): cancel the request before deleting the version.`);
    const guarded = aliases.find((a) => isProtectedAlias(model.id, a.alias));
    if (guarded) throw invalidState('version', `Version ${version} holds the protected alias "${guarded.alias}": move it through a promotion request before deleting the version.`);
    tx.delete(modelVersions).where(eq(modelVersions.id, row.id)).run();
    touchModel(model.id);
    recordAudit(tx, {
      actorId: actor.id,
      action: 'version.delete',
      entityType: 'version',
      entityId: row.id,
      before: { model: model.name, version: row.version, stage: row.stage, runId: row.runId, artifactSha256: row.artifactSha256, aliases: aliases.map((a) => a.alias) },
    });
  });
}
