import { z } from 'zod';
import { RISK_TIERS, TASK_TYPES } from '@/db/schema';

export const CATALOGUE_SORTS = ['name', 'updated', 'versions'] as const;
export const PAGE_SIZES = [10, 25, 50, 100] as const;

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
/** A bad value in a shared URL falls back to the default instead of failing the page. */
const lenient = <T extends z.ZodType>(schema: T) => optional(schema).catch(undefined);

/** The catalogue view, as it lives in the URL. */
export const catalogueQuerySchema = z.object({
  q: optional(z.string().trim().max(200)).catch(undefined),
  prefix: optional(z.string().trim().max(128)).catch(undefined),
  owner: lenient(z.coerce.number().int().positive()),
  team: optional(z.string().trim().max(64)).catch(undefined),
  tag: optional(z.string().trim().max(200)).catch(undefined),
  task: lenient(z.enum(TASK_TYPES)),
  risk: lenient(z.enum(RISK_TIERS)),
  has: lenient(z.enum(['production', 'champion'])),
  sort: lenient(z.enum(CATALOGUE_SORTS)).transform((v) => v ?? 'updated'),
  dir: lenient(z.enum(['asc', 'desc'])),
  page: lenient(z.coerce.number().int().min(1).max(100_000)).transform((v) => v ?? 1),
  size: lenient(z.coerce.number().pipe(z.union(PAGE_SIZES.map((n) => z.literal(n))))).transform((v) => v ?? 25),
});

export type CatalogueQuery = z.output<typeof catalogueQuerySchema>;

/** Default direction: names A→Z, the rest biggest/newest first. */
export function sortDirection(query: Pick<CatalogueQuery, 'sort' | 'dir'>): 'asc' | 'desc' {
  return query.dir ?? (query.sort === 'name' ? 'asc' : 'desc');
}

/** The URL search params for a view, omitting defaults so shared links stay short. */
export function catalogueSearchParams(query: Partial<CatalogueQuery>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if ((key === 'page' && value === 1) || (key === 'size' && value === 25) || (key === 'sort' && value === 'updated')) continue;
    params.set(key, String(value));
  }
  return params;
}
