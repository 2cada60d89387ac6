import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { modelTags, versionTags } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorizeOwned, type Actor } from '@/lib/auth/actor';
import { notFound, parseInput } from '@/lib/errors';
import { findModel, findVersion, touchModel } from './model-store';

export const tagSchema = z.object({
  key: z.string().trim().min(1, 'Tag keys cannot be empty.').max(64, 'Tag keys have at most 64 characters.'),
  value: z.string().max(512, 'Tag values have at most 512 characters.').default(''),
});

/**
 * One tag at a time, read and written in the same transaction, so two clients tagging the same
 * model at once never overwrite each other's tags (as replacing the whole set would).
 */
export function setModelTagUseCase(actor: Actor, modelName: string, input: unknown): void {
  const { key, value } = parseInput(tagSchema, input, 'tag');
  getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'model:update', model, 'tag');
    const before = tx.select().from(modelTags).where(and(eq(modelTags.modelId, model.id), eq(modelTags.key, key))).get();
    tx.insert(modelTags).values({ modelId: model.id, key, value }).onConflictDoUpdate({ target: [modelTags.modelId, modelTags.key], set: { value } }).run();
    touchModel(model.id);
    recordAudit(tx, { actorId: actor.id, action: 'model.tag.set', entityType: 'model', entityId: model.id, before: before ? { [key]: before.value } : null, after: { [key]: value } });
  });
}

export function deleteModelTagUseCase(actor: Actor, modelName: string, key: string): void {
  getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'model:update', model, 'tag');
    const removed = tx.delete(modelTags).where(and(eq(modelTags.modelId, model.id), eq(modelTags.key, key))).returning().get();
    if (!removed) throw notFound('tag', `Model "${model.name}" has no tag "${key}".`);
    touchModel(model.id);
    recordAudit(tx, { actorId: actor.id, action: 'model.tag.delete', entityType: 'model', entityId: model.id, before: { [key]: removed.value } });
  });
}

export function setVersionTagUseCase(actor: Actor, modelName: string, version: number, input: unknown): void {
  const { key, value } = parseInput(tagSchema, input, 'tag');
  getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'version:update', model, 'tag');
    const v = findVersion(model.id, version);
    const before = tx.select().from(versionTags).where(and(eq(versionTags.versionId, v.id), eq(versionTags.key, key))).get();
    tx.insert(versionTags).values({ versionId: v.id, key, value }).onConflictDoUpdate({ target: [versionTags.versionId, versionTags.key], set: { value } }).run();
    touchModel(model.id);
    recordAudit(tx, { actorId: actor.id, action: 'version.tag.set', entityType: 'version', entityId: v.id, before: before ? { [key]: before.value } : null, after: { [key]: value } });
  });
}

export function deleteVersionTagUseCase(actor: Actor, modelName: string, version: number, key: string): void {
  getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'version:update', model, 'tag');
    const v = findVersion(model.id, version);
    const removed = tx.delete(versionTags).where(and(eq(versionTags.versionId, v.id), eq(versionTags.key, key))).returning().get();
    if (!removed) throw notFound('tag', `Version ${version} of "${model.name}" has no tag "${key}".`);
    touchModel(model.id);
    recordAudit(tx, { actorId: actor.id, action: 'version.tag.delete', entityType: 'version', entityId: v.id, before: { [key]: removed.value } });
  });
}
