import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelAliases, modelVersions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorizeOwned, type Actor } from '@/lib/auth/actor';
import { notFound, parseInput } from '@/lib/errors';
import { findModel, findVersion, touchModel } from './model-store';
import { aliasSchema } from './schemas';

/** Points an alias at a version, moving it if it pointed elsewhere (one version per alias per model). */
export function setAliasUseCase(actor: Actor, modelName: string, input: unknown): { alias: string; version: number } {
  const data = parseInput(aliasSchema, input, 'alias');
  return getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'alias:write', model, 'alias');
    const target = findVersion(model.id, data.version);
    const previous = tx
      .select({ version: modelVersions.version })
      .from(modelAliases)
      .innerJoin(modelVersions, eq(modelVersions.id, modelAliases.versionId))
      .where(and(eq(modelAliases.modelId, model.id), eq(modelAliases.alias, data.alias)))
      .get();
    const now = Date.now();
    tx.insert(modelAliases)
      .values({ modelId: model.id, alias: data.alias, versionId: target.id, updatedAt: now })
      .onConflictDoUpdate({ target: [modelAliases.modelId, modelAliases.alias], set: { versionId: target.id, updatedAt: now } })
      .run();
    touchModel(model.id, now);
    recordAudit(tx, {
      actorId: actor.id,
      action: 'alias.set',
      entityType: 'model',
      entityId: model.id,
      before: previous ? { alias: data.alias, version: previous.version } : null,
      after: { alias: data.alias, version: data.version },
    });
    return { alias: data.alias, version: data.version };
  });
}

export function deleteAliasUseCase(actor: Actor, modelName: string, alias: string): void {
  getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'alias:write', model, 'alias');
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
