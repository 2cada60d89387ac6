import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelAliases, modelTags, modelVersions, registeredModels, users, type ModelRow } from '@/db/schema';
import type { Writer } from '@/lib/audit/record';
import { notFound } from '@/lib/errors';
import { preparedPerConnection } from '@/lib/prepared';

const modelByName = preparedPerConnection((db) => db.select().from(registeredModels).where(eq(registeredModels.name, sql.placeholder('name'))).prepare());
const versionByNumber = preparedPerConnection((db) =>
  db
    .select()
    .from(modelVersions)
    .where(and(eq(modelVersions.modelId, sql.placeholder('modelId')), eq(modelVersions.version, sql.placeholder('version'))))
    .prepare(),
);
const tagsOfModel = preparedPerConnection((db) =>
  db.select({ key: modelTags.key, value: modelTags.value }).from(modelTags).where(eq(modelTags.modelId, sql.placeholder('modelId'))).prepare(),
);
const userName = preparedPerConnection((db) => db.select({ name: users.name }).from(users).where(eq(users.id, sql.placeholder('id'))).prepare());
const touch = preparedPerConnection((db) =>
  db.update(registeredModels).set({ updatedAt: sql`${sql.placeholder('at')}` }).where(eq(registeredModels.id, sql.placeholder('id'))).prepare(),
);

/**
 * Data access shared by the registry use cases; no rules here. The lookups are prepared statements
 * on the one connection, so they read inside whatever transaction `db` stands for.
 */
export function findModel(name: string): ModelRow {
  // Names reach here from bound server-action arguments, which a client can send as any value.
  if (typeof name !== 'string') throw notFound('model', 'No such model.');
  const row = modelByName().get({ name });
  if (!row) throw notFound('model', `No model named "${name}".`);
  return row;
}

/** A version number as callers pass it (MLflow clients send "3"); anything else, `true`, "1.0" or an array from a forged action argument, is none. */
function asVersionNumber(version: unknown): number | null {
  const n = typeof version === 'string' && /^[1-9][0-9]{0,15}$/.test(version) ? Number(version) : version;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
}

export function findVersion(modelId: number, version: number) {
  const number = asVersionNumber(version);
  if (number === null) throw notFound('version', 'No such version.');
  const row = versionByNumber().get({ modelId, version: number });
  if (!row) throw notFound('version', `Version ${version} does not exist.`);
  return row;
}

export function readModelTags(modelId: number): Record<string, string> {
  const rows = tagsOfModel().all({ modelId });
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export function replaceModelTags(db: Writer, modelId: number, tags: Record<string, string>): void {
  db.delete(modelTags).where(eq(modelTags.modelId, modelId)).run();
  const rows = Object.entries(tags).map(([key, value]) => ({ modelId, key, value }));
  if (rows.length > 0) db.insert(modelTags).values(rows).run();
}

export function ownerName(ownerId: number): string {
  return userName().get({ id: ownerId })?.name ?? 'Unknown';
}

export function touchModel(modelId: number, at = Date.now()): void {
  touch().run({ id: modelId, at });
}

/** A model's version count and newest version number, as subqueries on `registered_models`. */
export const versionCount = sql<number>`(SELECT count(*) FROM ${modelVersions} v WHERE v.model_id = ${registeredModels.id})`;
export const latestVersion = sql<number | null>`(SELECT max(v.version) FROM ${modelVersions} v WHERE v.model_id = ${registeredModels.id})`;

const CHUNK = 10_000;

/** `inArray` over lists longer than SQLite's bound-parameter limit. */
export function inChunks<T>(ids: number[], query: (chunk: number[]) => T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...query(ids.slice(i, i + CHUNK)));
  return out;
}

export interface AliasRef {
  alias: string;
  version: number;
}

/** The aliases of each model, by alias, with the version numbers they point at; every id given gets a list. */
export function aliasesByModel(modelIds: number[]): Map<number, AliasRef[]> {
  const db = getDb();
  const byModel = new Map<number, AliasRef[]>(modelIds.map((id) => [id, []]));
  const rows = inChunks(modelIds, (chunk) =>
    db
      .select({ modelId: modelAliases.modelId, alias: modelAliases.alias, version: modelVersions.version })
      .from(modelAliases)
      .innerJoin(modelVersions, eq(modelVersions.id, modelAliases.versionId))
      .where(inArray(modelAliases.modelId, chunk))
      .orderBy(asc(modelAliases.alias))
      .all(),
  );
  for (const { modelId, alias, version } of rows) byModel.get(modelId)?.push({ alias, version });
  return byModel;
}
