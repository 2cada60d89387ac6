import { invalid } from './errors';

export interface Clause {
  field: string;
  op: '=' | 'LIKE' | 'ILIKE';
  value: string;
}

const CLAUSE = /^\s*([A-Za-z_.`]+)\s*(=|LIKE|ILIKE)\s*(['"])([^'"]*)\3\s*$/i;

/**
 * The part of MLflow's filter syntax the registry search endpoints use: `field = 'v'`,
 * `field LIKE 'p%'` and `field ILIKE 'p%'`, joined by AND. Anything else is refused, never guessed.
 */
export function parseFilter(filter: unknown, allowed: readonly string[]): Clause[] {
  if (filter === undefined || filter === null || filter === '') return [];
  if (typeof filter !== 'string' || filter.length > 1000) throw invalid('The filter must be a string of at most 1,000 characters.');
  return filter.split(/\s+AND\s+/i).map((part) => {
    const match = CLAUSE.exec(part);
    if (!match) throw invalid(`Cannot parse the filter clause "${part.trim()}". Use field = 'value' or field LIKE 'pattern', joined by AND.`);
    const field = (match[1] as string).replace(/`/g, '');
    if (!allowed.includes(field)) throw invalid(`Filtering on "${field}" is not supported; use ${allowed.join(' or ')}.`);
    return { field, op: (match[2] as string).toUpperCase() as Clause['op'], value: match[4] as string };
  });
}
