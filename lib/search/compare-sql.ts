import 'server-only';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { AppError } from '@/lib/errors';
import type { Condition, Op } from './conditions';

/** SQLite's LIKE ignores ASCII case; its GLOB does not, so MLflow's case-sensitive LIKE becomes a GLOB. */
export function likeToGlob(pattern: string): string {
  return pattern.replace(/[[*?]/g, (c) => `[${c}]`).replace(/%/g, '*').replace(/_/g, '?');
}

const PLAIN: Partial<Record<Op, SQL>> = {
  '=': sql.raw('='),
  '!=': sql.raw('!='),
  '<': sql.raw('<'),
  '<=': sql.raw('<='),
  '>': sql.raw('>'),
  '>=': sql.raw('>='),
};

const list = (values: Condition['value']) => sql`(${sql.join((values as string[]).map((v) => sql`${v}`), sql`, `)})`;

/**
 * `column op value` with every value bound as a parameter. LIKE is case-sensitive and ILIKE is not, as
 * in MLflow; both take `%` and `_` as wildcards. A NULL column matches nothing, not even `!=`.
 */
export function compare(column: SQLWrapper, op: Op, value: Condition['value']): SQL {
  if (op === 'LIKE') return sql`${column} GLOB ${likeToGlob(String(value))}`;
  if (op === 'ILIKE') return sql`${column} LIKE ${String(value)}`;
  if (op === 'IN') return sql`${column} IN ${list(value)}`;
  if (op === 'NOT IN') return sql`${column} NOT IN ${list(value)}`;
  const operator = PLAIN[op];
  if (!operator) throw new AppError('bad_request', 'search', `Unknown comparator "${op}".`);
  return sql`${column} ${operator} ${value}`;
}

/** MLflow sorts rows without the value last, whichever the direction. */
export const orderTerm = (expression: SQLWrapper, ascending: boolean): SQL => sql`${expression} ${sql.raw(ascending ? 'ASC' : 'DESC')} NULLS LAST`;
