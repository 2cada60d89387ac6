import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelAliases, modelVersions } from '@/db/schema';
import { recordAudit, type Writer } from '@/lib/audit/record';
import { authorizeOwned, type Actor } from '@/lib/auth/actor';
import { invalidState, notFound, parseInput } from '@/lib/errors';
import { assertAliasUnprotected } from '@/lib/governance/protected-aliases';
import { findModel, findVersion, touchModel } from './model-store';
import { aliasSchema } from './schemas';

/** Points an alias at a version inside the caller's transaction, with its audit entry; no permission check here. */
export function pointAlias(tx: Writer, modelId: number, alias: string, target: { id: number; version: number }, actorId: number | null): void {
  const previous = tx
    .select({ version: modelVersions.version })
    .from(modelAliases)
    .innerJoin(modelVersions, eq(modelVersions.id, modelAliases.versionId))
    .where(and(eq(modelAliases.modelId, modelId), eq(modelAliases.alias, alias)))
    .get();
  if (previous?.version === target.version) return;
  const now = Date.now();
  tx.insert(modelAliases)
    .values({ modelId, alias, versionId: target.id, updatedAt: now })
    .onConflictDoUpdate({ target: [modelAliases.modelId, modelAliases.alias], set: { versionId: target.id, updatedAt: now } })
    .run();
  touchModel(modelId, now);
  recordAudit(tx, {
    actorId,
    action: 'alias.set',
    entityType: 'model',
    entityId: modelId,
    before: previous ? { alias, version: previous.version } : null,
    after: { alias, version: target.version },
  });
}

/** Points an alias at a version, moving it if it pointed elsewhere (one version per alias per model). */
export function setAliasUseCase(actor: Actor, modelName: string, input: unknown): { alias: string; version: number } {
  const data = parseInput(aliasSchema, input, 'alias');
  return getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'alias:write', model, 'alias');
    assertAliasUnprotected(model.id, data.alias);
    const target = findVersion(model.id, data.version);
    if (target.stage === 'retired') throw invalidState('alias', `Version ${target.version} is retired: no alias can point at it.`);
    pointAlias(tx, model.id, data.alias, target, actor.id);
    return { alias: data.alias, version: data.version };
  });
}

export function deleteAliasUseCase(actor: Actor, modelName: string, alias: string): void {
  getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'alias:write', model, 'alias');
    assertAliasUnprotected(model.id, alias);
    const where = and(eq(modelAliases.modelId, model.id), eq(modelAliases.alias, alias));
    const existing = tx
      .select({ version: modelVersions.version })
      .from(modelAliases)
      .innerJoin(modelVersions, eq(modelVersions.id, modelAliases.versionId))
      .where(where)
      .get();
    if (!existing) throw notFound('alias', `Model "${model.name}" has no alias "${alias}".`);
    tx.delete(modelAliases).where(where).run();
    touchModel(model.id);
    recordAudit(tx, { actorId: actor.id, action: 'alias.delete', entityType: 'model', entityId: model.id, before: { alias, version: existing.version } });
  });
}
