import type { Condition, Entity, Op } from '@/lib/search/conditions';
import { invalid } from './errors';
import { tokenize, where, type Token } from './filter-lexer';
import { isName, resolveName, type NameSpec } from './filter-names';

export const MAX_FILTER_LENGTH = 1000;

export interface FieldSpec {
  ops: readonly Op[];
  /** Numeric fields compare with numbers (`start_time > 1700000000000`), the others with quoted strings. */
  numeric?: boolean;
}

/** What one search endpoint accepts: its attributes and, where it has them, metrics, params and tags with their comparators. */
export interface FilterSpec {
  what: string;
  attributes: Readonly<Record<string, FieldSpec>>;
  aliases?: Readonly<Record<string, string>>;
  entities: Partial<Record<Exclude<Entity, 'attribute'>, readonly Op[]>>;
}

const namesOf = (spec: FilterSpec): NameSpec => ({
  what: spec.what,
  attributes: Object.keys(spec.attributes),
  aliases: spec.aliases,
  entities: Object.keys(spec.entities) as NameSpec['entities'],
});

const COMPARATORS = '=, !=, <, <=, >, >=, LIKE, ILIKE, IN, NOT IN';

function unexpected(token: Token, expected: string): Error {
  return invalid(`Unexpected ${token.kind === 'end' ? 'end of the filter' : `"${token.text}"`} ${where(token.pos)}: expected ${expected}.`);
}

const isKeyword = (token: Token, word: string) => token.kind === 'keyword' && token.value === word;

/** Reads comparisons joined by AND from the token list, one token at a time. */
class FilterParser {
  private i = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly spec: FilterSpec,
  ) {}

  private next(): Token {
    const token = this.tokens[this.i] as Token;
    if (token.kind !== 'end') this.i += 1;
    return token;
  }

  private peek(): Token {
    return this.tokens[this.i] as Token;
  }

  parse(): Condition[] {
    const conditions: Condition[] = [];
    if (this.peek().kind === 'end') return conditions;
    for (;;) {
      conditions.push(this.comparison());
      const token = this.next();
      if (token.kind === 'end') return conditions;
      if (isKeyword(token, 'OR')) {
        throw invalid(`Invalid clause(s) in filter string: 'OR' ${where(token.pos)}. Search filters join comparisons with AND only; OR is not supported.`);
      }
      if (!isKeyword(token, 'AND')) throw unexpected(token, 'AND or the end of the filter');
    }
  }

  private comparison(): Condition {
    const name = this.next();
    if (!isName(name)) throw unexpected(name, 'a name such as name, tags.<key> or metrics.<key>');
    const { entity, key } = resolveName(name, namesOf(this.spec));
    const op = this.comparator();
    const valueToken = this.peek();
    const condition: Condition = { entity, key, op, value: this.value() };
    check(condition, this.spec, valueToken);
    return condition;
  }

  private comparator(): Op {
    const token = this.next();
    if (token.kind === 'op') return token.value as Op;
    if (isKeyword(token, 'LIKE') || isKeyword(token, 'ILIKE') || isKeyword(token, 'IN')) return token.value as Op;
    if (isKeyword(token, 'NOT')) {
      const after = this.next();
      if (isKeyword(after, 'IN')) return 'NOT IN';
      throw invalid(`"NOT ${after.text}" ${where(token.pos)} is not supported: NOT works only as NOT IN.`);
    }
    throw unexpected(token, `a comparator (${COMPARATORS})`);
  }

  private value(): Condition['value'] {
    const token = this.next();
    if (token.kind === 'string' || token.kind === 'number') return token.value as string | number;
    if (token.kind === 'ident') throw invalid(`Expected a quoted value ${where(token.pos)}, found ${token.text}; quote strings, e.g. name = '${token.text}'.`);
    if (token.kind !== '(') throw unexpected(token, "a quoted string, a number or a list such as ('a', 'b')");
    const values: string[] = [];
    for (;;) {
      const item = this.next();
      if (item.kind === ')' && values.length === 0) throw invalid(`Empty list ${where(token.pos)}: a list needs at least one quoted string.`);
      if (item.kind !== 'string') throw unexpected(item, 'a quoted string in the list');
      values.push(item.value as string);
      const separator = this.next();
      if (separator.kind === ')') return values;
      if (separator.kind !== ',') throw unexpected(separator, '"," or ")" in the list');
    }
  }
}

/** Strings only where MLflow compares strings, numbers only for metrics and numeric attributes, lists only with IN. */
function check(c: Condition, spec: FilterSpec, valueToken: Token): void {
  const field = c.entity === 'attribute' ? spec.attributes[c.key] : { ops: spec.entities[c.entity] ?? [], numeric: c.entity === 'metric' };
  const label = c.entity === 'attribute' ? `attribute '${c.key}'` : `${c.entity} '${c.key}'`;
  const at = where(valueToken.pos);
  if (!field?.ops.includes(c.op)) throw invalid(`Invalid comparator '${c.op}' for ${label} ${at}; use one of ${field?.ops.join(', ')}.`);
  const isList = Array.isArray(c.value);
  if (isList !== (c.op === 'IN' || c.op === 'NOT IN')) {
    throw invalid(isList ? `A list of values ${at} works only with IN or NOT IN.` : `${c.op} needs a list of quoted strings ${at}, e.g. ('a', 'b').`);
  }
  if (field.numeric && typeof c.value !== 'number') throw invalid(`Expected a numeric value for ${label} ${at}, found ${valueToken.text}.`);
  if (!field.numeric && typeof c.value === 'number') throw invalid(`Expected a quoted string value for ${label} (e.g. 'my-value') ${at}, found ${valueToken.text}.`);
}

/** MLflow's search filter: comparisons joined by AND, each `name comparator value`. Anything else is refused, never guessed. */
export function parseFilter(filter: unknown, spec: FilterSpec): Condition[] {
  if (filter === undefined || filter === null || filter === '') return [];
  if (typeof filter !== 'string' || filter.length > MAX_FILTER_LENGTH) {
    throw invalid(`The filter must be a string of at most ${MAX_FILTER_LENGTH.toLocaleString('en')} characters.`);
  }
  return new FilterParser(tokenize(filter), spec).parse();
}
