import 'server-only';
import crypto from 'node:crypto';
import type { Actor } from '@/lib/auth/actor';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import type { SearchQuery } from '@/lib/search/conditions';
import { invalid } from './errors';
import { parseFilter } from './filter';
import { parseOrderBy } from './order-by';
import type { PageSizes, SearchSpec } from './search-specs';

export type MlflowHandler = (actor: Actor, input: Record<string, unknown>) => unknown;

const absent = (value: unknown) => value === undefined || value === null || value === '';

function maxResults(raw: unknown, sizes: PageSizes): number {
  if (absent(raw)) return sizes.defaultSize;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw invalid(`Invalid value for max_results. It must be a positive integer, but got ${JSON.stringify(raw)}`);
  if (n > sizes.maxSize) throw invalid(`Invalid value for request parameter max_results. It must be at most ${sizes.maxSize}, but got value ${n}`);
  return n;
}

/** Tokens carry a hash of the query rather than the query, so that a long filter still gives a short token. */
const fingerprint = (query: unknown) => crypto.createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 22);

/**
 * One page behind MLflow's `max_results` / `page_token`: our signed cursor is the token, bound to the
 * query it came from. `load` is asked for one row more than the page, which says whether another follows.
 */
export function paged<T>(input: Record<string, unknown>, query: unknown, sizes: PageSizes, load: (limit: number, offset: number) => T[]) {
  const limit = maxResults(input.max_results, sizes);
  const token = input.page_token;
  if (!absent(token) && (typeof token !== 'string' || token.length > 500)) throw invalid('The page token is invalid or belongs to another query.');
  const scope = fingerprint(query);
  const offset = absent(token) ? 0 : decodeCursor(token as string, scope);
  const rows = load(limit + 1, offset);
  return { items: rows.slice(0, limit), next_page_token: rows.length > limit ? encodeCursor(offset + limit, scope) : undefined };
}

/** A search endpoint's filter, order_by and page, parsed against its spec; `scope` is whatever else narrows it (experiment ids, view type). */
export function searchPage<T>(input: Record<string, unknown>, spec: SearchSpec, scope: unknown, run: (query: SearchQuery) => T[]) {
  const conditions = parseFilter(input.filter, spec.filter);
  const sort = parseOrderBy(input.order_by, spec.order);
  const query = { what: spec.filter.what, conditions, sort, scope };
  return paged(input, query, spec.page, (limit, offset) => run({ conditions, sort, limit, offset }));
}
