import type { SortKey } from '@/lib/search/conditions';
import { invalid } from './errors';
import { tokenize, where } from './filter-lexer';
import { isName, resolveName, supportedNames, type NameSpec } from './filter-names';

const MAX_CLAUSES = 20;

/** MLflow's `order_by`: a list of `<name> [ASC|DESC]`, ascending unless told; a field may appear once. */
export function parseOrderBy(orderBy: unknown, spec: NameSpec): SortKey[] {
  if (orderBy === undefined || orderBy === null || orderBy === '') return [];
  const clauses = typeof orderBy === 'string' ? [orderBy] : orderBy;
  if (!Array.isArray(clauses) || clauses.length > MAX_CLAUSES || clauses.some((c) => typeof c !== 'string' || c.length > 500)) {
    throw invalid(`order_by must be a list of at most ${MAX_CLAUSES} strings such as "name ASC".`);
  }
  const seen = new Set<string>();
  return (clauses as string[]).map((clause) => {
    const [name, direction, rest] = tokenize(clause);
    const parseError = (detail: string) => invalid(`Invalid order_by clause '${clause}'. Could not be parsed: ${detail}`);
    if (!name || !isName(name)) throw parseError(`expected one of ${supportedNames(spec)}, then ASC or DESC.`);
    const hasDirection = direction?.kind === 'keyword' && (direction.value === 'ASC' || direction.value === 'DESC');
    const after = hasDirection ? rest : direction;
    if (after && after.kind !== 'end') throw parseError(`unexpected "${after.text}" ${where(after.pos)}; use "<name> ASC" or "<name> DESC".`);
    const { entity, key } = resolveName(name, spec);
    const field = `${entity}.${key}`;
    if (seen.has(field)) throw invalid(`\`order_by\` contains duplicate fields: ${JSON.stringify(clauses)}`);
    seen.add(field);
    return { entity, key, ascending: !hasDirection || direction.value === 'ASC' };
  });
}
