import 'server-only';
import { and, asc, desc, eq, max, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { modelVersions, registeredModels, type Stage } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { parseInput } from '@/lib/errors';
import { likeEscaped, likePattern } from '@/lib/sql-like';

export const PALETTE_LIMIT = 8;
export const PALETTE_QUERY_MAX = 100;

/** The limit applies to what was typed, before trimming: a longer query is refused, never cut. */
export const paletteQuerySchema = z.object({
  q: z
    .string()
    .max(PALETTE_QUERY_MAX, `Search for at most ${PALETTE_QUERY_MAX} characters.`)
    .default('')
    .transform((q) => q.trim()),
});

export interface PaletteModel {
  name: string;
  latestVersion: number | null;
  /** The version in production, if any: what a stakeholder jumping to the model usually wants to know. */
  productionVersion: number | null;
}

export interface PaletteVersion {
  model: string;
  version: number;
  stage: Stage;
}

export interface PaletteResults {
  models: PaletteModel[];
  versions: PaletteVersion[];
}

/** `iris@3`, `iris @ v3`, `iris 3` and `iris v3` name version 3 of the models matching `iris`. */
const VERSION_FORM = /^(.+?)(?:\s*@\s*v?|\s+v?)(\d{1,9})$/i;

/** The name terms (each must occur in the model name) and the version number the query asks for, if any. */
export function parsePaletteQuery(text: string): { terms: string[]; version: number | null } {
  const form = VERSION_FORM.exec(text);
  const namePart = form ? form[1]! : text;
  // Names never hold `@` or spaces, so both only separate terms (`iris@` still finds iris).
  const terms = namePart.split(/[\s@]+/).filter(Boolean);
  return { terms, version: form && terms.length > 0 ? Number(form[2]) : null };
}

const m = registeredModels;

const v = modelVersions;
const productionVersion = sql<number | null>`max(CASE WHEN ${v.stage} = 'production' THEN ${v.version} END)`;

/** Every term anywhere in the name, its `%` and `_` taken literally; names starting with the first term rank first. */
function nameMatch(terms: string[]): { where: SQL | undefined; rank: SQL } {
  return {
    where: and(...terms.map((term) => likeEscaped(m.name, likePattern(term)))),
    rank: desc(likeEscaped(m.name, likePattern(terms[0]!, 'start'))),
  };
}

/** What the command palette lists for a query: up to 8 models by name and, for `model@3`-style queries, up to 8 versions. */
export function paletteSearch(actor: Actor, query: unknown): PaletteResults {
  authorize(actor, 'read', 'search');
  const { q } = parseInput(paletteQuerySchema, { q: query ?? undefined }, 'search');
  const { terms, version } = parsePaletteQuery(q);
  if (terms.length === 0) return { models: [], versions: [] };
  const { where, rank } = nameMatch(terms);
  const db = getDb();
  const models = db
    .select({ name: m.name, latestVersion: max(v.version), productionVersion })
    .from(m)
    .leftJoin(v, eq(v.modelId, m.id))
    .where(where)
    .groupBy(m.id)
    .orderBy(rank, asc(m.name))
    .limit(PALETTE_LIMIT)
    .all();
  const versions =
    version === null
      ? []
      : db
          .select({ model: m.name, version: v.version, stage: v.stage })
          .from(v)
          .innerJoin(m, eq(m.id, v.modelId))
          .where(and(where, eq(v.version, version)))
          .orderBy(rank, asc(m.name))
          .limit(PALETTE_LIMIT)
          .all();
  return { models, versions };
}
