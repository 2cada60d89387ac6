import 'server-only';
import { and, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { AppError } from '@/lib/errors';
import { compare, orderTerm } from './compare-sql';
import type { Condition, Entity, SortKey } from './conditions';

/** A key/value table hanging off the searched rows (tags, params, latest metrics); `owner` ties a row to its parent. */
export interface KeyValueSource {
  from: SQL;
  owner?: SQL;
  key: SQLWrapper;
  value: SQLWrapper;
}

export interface SearchFields {
  /** Every condition ANDed; tag, param and metric conditions need a row with that key. */
  where(conditions: Condition[]): SQL | undefined;
  /** An ORDER BY term, rows without the value last. */
  sortTerm(sort: SortKey): SQL;
}

/** Turns neutral conditions and sort keys into parameterized SQL over one table's columns and its key/value tables. */
export function searchFields(what: string, columns: Record<string, SQLWrapper>, related: Partial<Record<Exclude<Entity, 'attribute'>, KeyValueSource>> = {}): SearchFields {
  const unknown = (name: string) => new AppError('bad_request', 'search', `Cannot search ${what} by "${name}".`);
  const column = (key: string) => {
    const found = columns[key];
    if (!found) throw unknown(key);
    return found;
  };
  const source = (entity: Exclude<Entity, 'attribute'>, key: string) => {
    const found = related[entity];
    if (!found) throw unknown(`${entity}s.${key}`);
    return found;
  };
  const matching = (s: KeyValueSource, key: string, extra?: SQL) => and(s.owner, sql`${s.key} = ${key}`, extra);
  const condition = (c: Condition): SQL => {
    if (c.entity === 'attribute') return compare(column(c.key), c.op, c.value);
    const s = source(c.entity, c.key);
    return sql`EXISTS (SELECT 1 FROM ${s.from} WHERE ${matching(s, c.key, compare(s.value, c.op, c.value))})`;
  };
  const sortValue = (k: SortKey): SQLWrapper => {
    if (k.entity === 'attribute') return column(k.key);
    const s = source(k.entity, k.key);
    return sql`(SELECT ${s.value} FROM ${s.from} WHERE ${matching(s, k.key)})`;
  };
  return {
    where: (conditions) => and(...conditions.map(condition)),
    sortTerm: (k) => orderTerm(sortValue(k), k.ascending),
  };
}
