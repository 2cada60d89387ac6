import 'server-only';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelVersions, registeredModels, runs } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';

export interface NameFilter {
  /** SQL LIKE pattern (`%`, `_`), case-sensitive unless `ignoreCase`. */
  like?: string;
  equals?: string;
  ignoreCase?: boolean;
}

/** SQLite's LIKE ignores case; its GLOB does not, so a case-sensitive LIKE becomes a GLOB. */
function likeToGlob(pattern: string): string {
  return pattern.replace(/[[*?]/g, (c) => `[${c}]`).replace(/%/g, '*').replace(/_/g, '?');
}

function nameCondition(column: typeof registeredModels.name, filter: NameFilter): SQL | undefined {
  if (filter.equals !== undefined) return eq(column, filter.equals);
  if (filter.like === undefined) return undefined;
  return filter.ignoreCase ? sql`${column} LIKE ${filter.like}` : sql`${column} GLOB ${likeToGlob(filter.like)}`;
}

/** Model names matching an exact name or a LIKE pattern, in name order. */
export function searchModelNames(actor: Actor, filter: NameFilter, limit: number, offset: number): { names: string[]; total: number } {
  authorize(actor, 'read', 'model');
  const db = getDb();
  const where = nameCondition(registeredModels.name, filter);
  const names = db.select({ name: registeredModels.name }).from(registeredModels).where(where).orderBy(asc(registeredModels.name)).limit(limit).offset(offset).all();
  const total = db.select({ n: sql<number>`count(*)` }).from(registeredModels).where(where).get()?.n ?? 0;
  return { names: names.map((r) => r.name), total };
}

/** Versions of one model and/or produced by one run, newest first. */
export function searchVersionRefs(actor: Actor, filter: { modelName?: string; runUuid?: string }, limit: number, offset: number) {
  authorize(actor, 'read', 'version');
  const db = getDb();
  const where = and(
    filter.modelName === undefined ? undefined : eq(registeredModels.name, filter.modelName),
    filter.runUuid === undefined ? undefined : eq(runs.uuid, filter.runUuid),
  );
  const base = () =>
    db
      .select({ name: registeredModels.name, version: modelVersions.version })
      .from(modelVersions)
      .innerJoin(registeredModels, eq(registeredModels.id, modelVersions.modelId))
      .leftJoin(runs, eq(runs.id, modelVersions.runId))
      .where(where);
  const refs = base().orderBy(asc(registeredModels.name), sql`${modelVersions.version} DESC`).limit(limit).offset(offset).all();
  const total = db.select({ n: sql<number>`count(*)` }).from(base().as('matches')).get()?.n ?? 0;
  return { refs, total };
}
