import 'server-only';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelAliases, modelTags, modelVersions, registeredModels, users } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { likePattern } from '@/lib/sql-like';
import { sortDirection, type CatalogueQuery } from './catalogue-query';
import { aliasesByModel, inChunks, latestVersion, versionCount } from './model-store';

export interface CatalogueRow {
  id: number;
  name: string;
  description: string;
  ownerName: string;
  team: string | null;
  taskType: string;
  riskTier: string;
  latestVersion: number | null;
  versionCount: number;
  updatedAt: number;
  aliases: { alias: string; version: number }[];
  tags: Record<string, string>;
  hasProduction: boolean;
}

export interface CataloguePage {
  rows: CatalogueRow[];
  total: number;
  page: number;
  pageCount: number;
}

const m = registeredModels;

function conditions(query: CatalogueQuery): SQL[] {
  const where: SQL[] = [];
  if (query.q) {
    const pattern = likePattern(query.q);
    where.push(sql`(${m.name} LIKE ${pattern} ESCAPE '\\' OR ${m.description} LIKE ${pattern} ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM ${modelTags} t WHERE t.model_id = ${m.id}
        AND (t.key LIKE ${pattern} ESCAPE '\\' OR t.value LIKE ${pattern} ESCAPE '\\')))`);
  }
  // GLOB is case-sensitive like the name index, so SQLite turns a prefix into a range scan of it.
  if (query.prefix) where.push(sql`${m.name} GLOB ${`${query.prefix.replace(/[[*?]/g, (c) => `[${c}]`)}*`}`);
  if (query.owner) where.push(eq(m.ownerId, query.owner));
  if (query.team) where.push(eq(m.team, query.team));
  if (query.task) where.push(eq(m.taskType, query.task));
  if (query.risk) where.push(eq(m.riskTier, query.risk));
  if (query.tag) {
    const [key, ...rest] = query.tag.split('=');
    const value = rest.length > 0 ? rest.join('=') : undefined;
    where.push(
      value === undefined
        ? sql`EXISTS (SELECT 1 FROM ${modelTags} t WHERE t.model_id = ${m.id} AND t.key = ${key})`
        : sql`EXISTS (SELECT 1 FROM ${modelTags} t WHERE t.model_id = ${m.id} AND t.key = ${key} AND t.value = ${value})`,
    );
  }
  if (query.has === 'production') {
    where.push(sql`EXISTS (SELECT 1 FROM ${modelVersions} v WHERE v.model_id = ${m.id} AND v.stage = 'production')`);
  }
  if (query.has === 'champion') {
    where.push(sql`EXISTS (SELECT 1 FROM ${modelAliases} a WHERE a.model_id = ${m.id} AND a.alias = 'champion')`);
  }
  return where;
}

const hasProduction = sql<number>`EXISTS (SELECT 1 FROM ${modelVersions} v WHERE v.model_id = ${m.id} AND v.stage = 'production')`;

/** One page of the catalogue for the UI: page numbers clamp to the last page. */
export function listCatalogue(actor: Actor, query: CatalogueQuery): CataloguePage {
  authorize(actor, 'read', 'catalogue');
  const total = countMatches(query);
  const pageCount = Math.max(1, Math.ceil(total / query.size));
  const page = Math.min(query.page, pageCount);
  return { rows: catalogueRows(query, query.size, (page - 1) * query.size), total, page, pageCount };
}

/** A window of the catalogue for the API, which pages with an offset carried in a cursor. */
export function searchCatalogue(actor: Actor, query: CatalogueQuery, limit: number, offset: number): { rows: CatalogueRow[]; total: number } {
  authorize(actor, 'read', 'catalogue');
  return { rows: catalogueRows(query, limit, offset), total: countMatches(query) };
}

function countMatches(query: CatalogueQuery): number {
  return getDb().select({ n: sql<number>`count(*)` }).from(m).where(and(...conditions(query))).get()?.n ?? 0;
}

function catalogueRows(query: CatalogueQuery, limit: number, offset: number): CatalogueRow[] {
  const db = getDb();
  const order = sortDirection(query) === 'asc' ? asc : desc;
  const sortColumn = query.sort === 'name' ? m.name : query.sort === 'versions' ? versionCount : m.updatedAt;
  const base = db
    .select({
      id: m.id,
      name: m.name,
      description: m.description,
      ownerName: users.name,
      team: m.team,
      taskType: m.taskType,
      riskTier: m.riskTier,
      latestVersion,
      versionCount,
      updatedAt: m.updatedAt,
      hasProduction,
    })
    .from(m)
    .innerJoin(users, eq(users.id, m.ownerId))
    .where(and(...conditions(query)))
    .orderBy(order(sortColumn), asc(m.name))
    .limit(limit)
    .offset(offset)
    .all();

  const ids = base.map((r) => r.id);
  const aliases = aliasesByModel(ids);
  // Chunked and grouped once: the CSV export asks for every model, beyond SQLite's bound-parameter limit.
  const tags = new Map<number, Record<string, string>>(ids.map((id) => [id, {}]));
  const tagRows = inChunks(ids, (chunk) => db.select().from(modelTags).where(inArray(modelTags.modelId, chunk)).orderBy(asc(modelTags.key)).all());
  for (const t of tagRows) (tags.get(t.modelId) as Record<string, string>)[t.key] = t.value;

  return base.map((r) => ({
    ...r,
    hasProduction: Boolean(r.hasProduction),
    aliases: aliases.get(r.id) ?? [],
    tags: tags.get(r.id) ?? {},
  }));
}

/** Distinct values for the filter menus. */
export function catalogueFacets(actor: Actor) {
  authorize(actor, 'read', 'catalogue');
  const db = getDb();
  const teams = db.selectDistinct({ team: m.team }).from(m).where(sql`${m.team} IS NOT NULL`).orderBy(asc(m.team)).limit(200).all();
  const owners = db.selectDistinct({ id: users.id, name: users.name }).from(m).innerJoin(users, eq(users.id, m.ownerId)).orderBy(asc(users.name)).limit(500).all();
  const tags = db.selectDistinct({ key: modelTags.key }).from(modelTags).orderBy(asc(modelTags.key)).limit(200).all();
  return { teams: teams.map((t) => t.team as string), owners, tagKeys: tags.map((t) => t.key) };
}
