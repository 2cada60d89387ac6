import 'server-only';
import { and, eq } from 'drizzle-orm';
import { modelTags, modelVersions, registeredModels, users, type ModelRow } from '@/db/schema';
import type { Writer } from '@/lib/audit/record';
import { notFound } from '@/lib/errors';

/** Data access shared by the registry use cases; no rules here. */
export function findModel(db: Writer, name: string): ModelRow {
  const row = db.select().from(registeredModels).where(eq(registeredModels.name, name)).get();
  if (!row) throw notFound('model', `No model named "${name}".`);
  return row;
}

export function findVersion(db: Writer, modelId: number, version: number) {
  const row = db
    .select()
    .from(modelVersions)
    .where(and(eq(modelVersions.modelId, modelId), eq(modelVersions.version, version)))
    .get();
  if (!row) throw notFound('version', `Version ${version} does not exist.`);
  return row;
}

export function readModelTags(db: Writer, modelId: number): Record<string, string> {
  const rows = db.select({ key: modelTags.key, value: modelTags.value }).from(modelTags).where(eq(modelTags.modelId, modelId)).all();
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export function replaceModelTags(db: Writer, modelId: number, tags: Record<string, string>): void {
  db.delete(modelTags).where(eq(modelTags.modelId, modelId)).run();
  const rows = Object.entries(tags).map(([key, value]) => ({ modelId, key, value }));
  if (rows.length > 0) db.insert(modelTags).values(rows).run();
}

export function ownerName(db: Writer, ownerId: number): string {
  return db.select({ name: users.name }).from(users).where(eq(users.id, ownerId)).get()?.name ?? 'Unknown';
}

export function touchModel(db: Writer, modelId: number, at = Date.now()): void {
  db.update(registeredModels).set({ updatedAt: at }).where(eq(registeredModels.id, modelId)).run();
}
