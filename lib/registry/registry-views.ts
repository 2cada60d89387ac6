import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelAliases, modelTags, modelVersions, registeredModels, runs, users, versionTags } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { aliasesByModel, findModel, findVersion, inChunks } from './model-store';
import type { VersionDetail } from './version-detail';

/** What a registry client sees of a version: no lineage, card or artifacts, so a page of thousands is a few queries. */
export type VersionView = Pick<
  VersionDetail,
  'id' | 'modelName' | 'version' | 'description' | 'status' | 'stage' | 'sourceUri' | 'createdBy' | 'createdAt' | 'updatedAt' | 'tags' | 'aliases'
> & { runUuid: string | null };

export interface ModelView {
  name: string;
  description: string;
  ownerName: string;
  createdAt: number;
  updatedAt: number;
  tags: Record<string, string>;
  aliases: { alias: string; version: number }[];
  /** The newest version in each stage, newest first. */
  latestPerStage: VersionView[];
}

function grouped<K, T>(rows: T[], keyOf: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

const byOwner = <T extends { owner: number }>(rows: T[]) => grouped(rows, (row) => row.owner);

/** Versions by id, in the order given. */
export function versionViews(actor: Actor, ids: number[]): VersionView[] {
  authorize(actor, 'read', 'version');
  const db = getDb();
  const rows = inChunks(ids, (chunk) =>
    db
      .select({
        id: modelVersions.id,
        modelName: registeredModels.name,
        version: modelVersions.version,
        description: modelVersions.description,
        status: modelVersions.status,
        stage: modelVersions.stage,
        sourceUri: modelVersions.sourceUri,
        runUuid: runs.uuid,
        createdBy: users.name,
        createdAt: modelVersions.createdAt,
        updatedAt: modelVersions.updatedAt,
      })
      .from(modelVersions)
      .innerJoin(registeredModels, eq(registeredModels.id, modelVersions.modelId))
      .innerJoin(users, eq(users.id, modelVersions.createdById))
      .leftJoin(runs, eq(runs.id, modelVersions.runId))
      .where(inArray(modelVersions.id, chunk))
      .all(),
  );
  const tags = byOwner(inChunks(ids, (chunk) => db.select({ owner: versionTags.versionId, key: versionTags.key, value: versionTags.value }).from(versionTags).where(inArray(versionTags.versionId, chunk)).all()));
  const aliases = byOwner(inChunks(ids, (chunk) => db.select({ owner: modelAliases.versionId, alias: modelAliases.alias }).from(modelAliases).where(inArray(modelAliases.versionId, chunk)).all()));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [{ ...row, tags: Object.fromEntries((tags.get(id) ?? []).map((t) => [t.key, t.value])), aliases: (aliases.get(id) ?? []).map((a) => a.alias).sort() }];
  });
}

export function versionView(actor: Actor, modelName: string, version: number): VersionView {
  return versionViews(actor, [findVersion(findModel(modelName).id, version).id])[0] as VersionView;
}

/** Models by name, in the order given; names that do not exist are left out. */
export function modelViews(actor: Actor, names: string[]): ModelView[] {
  authorize(actor, 'read', 'model');
  const db = getDb();
  const models = names.length
    ? db
        .select({ id: registeredModels.id, name: registeredModels.name, description: registeredModels.description, ownerName: users.name, createdAt: registeredModels.createdAt, updatedAt: registeredModels.updatedAt })
        .from(registeredModels)
        .innerJoin(users, eq(users.id, registeredModels.ownerId))
        .where(inArray(registeredModels.name, names))
        .all()
    : [];
  const ids = models.map((m) => m.id);
  const tags = byOwner(inChunks(ids, (chunk) => db.select({ owner: modelTags.modelId, key: modelTags.key, value: modelTags.value }).from(modelTags).where(inArray(modelTags.modelId, chunk)).all()));
  const aliases = aliasesByModel(ids);
  const newest = sql`(SELECT max(w.version) FROM ${modelVersions} w WHERE w.model_id = ${modelVersions.modelId} AND w.stage = ${modelVersions.stage})`;
  const latestIds = inChunks(ids, (chunk) =>
    db.select({ id: modelVersions.id }).from(modelVersions).where(and(inArray(modelVersions.modelId, chunk), eq(modelVersions.version, newest))).orderBy(desc(modelVersions.version)).all(),
  ).map((r) => r.id);
  const latest = grouped(versionViews(actor, latestIds), (v) => v.modelName);
  const byName = new Map(models.map((m) => [m.name, m]));
  return names.flatMap((name) => {
    const model = byName.get(name);
    if (!model) return [];
    const { id, ...fields } = model;
    return [
      {
        ...fields,
        tags: Object.fromEntries((tags.get(id) ?? []).map((t) => [t.key, t.value])),
        aliases: aliases.get(id) ?? [],
        latestPerStage: latest.get(name) ?? [],
      },
    ];
  });
}

export function modelView(actor: Actor, name: string): ModelView {
  findModel(name);
  return modelViews(actor, [name])[0] as ModelView;
}
