/**
 * Search conditions and sort keys in a neutral form: the MLflow wire layer parses its filter and
 * order_by syntax into these, and lib/<domain> turns them into parameterized SQL.
 */
export const NUMERIC_OPS = ['=', '!=', '<', '<=', '>', '>='] as const;
export const STRING_OPS = ['=', '!=', 'LIKE', 'ILIKE'] as const;

export type Op = (typeof NUMERIC_OPS)[number] | 'LIKE' | 'ILIKE' | 'IN' | 'NOT IN';
export type Entity = 'attribute' | 'metric' | 'param' | 'tag';

export interface Condition {
  entity: Entity;
  key: string;
  op: Op;
  /** A number for numeric comparisons, a list for IN / NOT IN, a string (or LIKE pattern) otherwise. */
  value: string | number | string[];
}

export interface SortKey {
  entity: Entity;
  key: string;
  ascending: boolean;
}

export interface SearchQuery {
  conditions: Condition[];
  sort: SortKey[];
  limit: number;
  offset: number;
}
