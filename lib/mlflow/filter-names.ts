import type { Entity } from '@/lib/search/conditions';
import { invalid } from './errors';
import { where, type Token } from './filter-lexer';

/** What an endpoint lets a filter or an order_by name: its attributes, their aliases, and which of metrics/params/tags. */
export interface NameSpec {
  /** "registered models", for messages. */
  what: string;
  attributes: readonly string[];
  /** Other spellings MLflow accepts, e.g. `created` for `start_time`, `timestamp` for `last_updated_timestamp`. */
  aliases?: Readonly<Record<string, string>>;
  entities: readonly Exclude<Entity, 'attribute'>[];
}

/** MLflow's entity prefixes and their alternate spellings. */
const PREFIXES: Record<string, Entity> = {
  attribute: 'attribute',
  attributes: 'attribute',
  attr: 'attribute',
  run: 'attribute',
  metric: 'metric',
  metrics: 'metric',
  param: 'param',
  params: 'param',
  parameter: 'param',
  parameters: 'param',
  tag: 'tag',
  tags: 'tag',
};

const PLURAL: Record<Entity, string> = { attribute: 'attributes', metric: 'metrics', param: 'params', tag: 'tags' };

/** The names an endpoint accepts, e.g. "name, tags.<key>", for messages. */
export function supportedNames(spec: NameSpec): string {
  return [...spec.attributes, ...spec.entities.map((e) => `${PLURAL[e]}.<key>`)].join(', ');
}

function partsOf(token: Token): string[] | undefined {
  if (token.kind === 'ident') return token.parts;
  // MLflow accepts a double-quoted bare name ("name" = 'x'); single quotes always mean a value.
  if (token.kind === 'string' && token.text.startsWith('"')) return [token.value as string];
  return undefined;
}

export function isName(token: Token): boolean {
  return partsOf(token) !== undefined;
}

/** `name`, `attributes.start_time`, `tags.`my.key``, `metrics."val loss"` → the entity and its key, checked against the spec. */
export function resolveName(token: Token, spec: NameSpec): { entity: Entity; key: string } {
  const parts = partsOf(token) ?? [];
  const at = where(token.pos);
  let entity: Entity = 'attribute';
  let key = parts[0] ?? '';
  if (parts.length > 1) {
    const prefix = (parts[0] as string).toLowerCase();
    if (prefix === 'dataset' || prefix === 'datasets') throw invalid(`Searching ${spec.what} by dataset is not supported ${at}; use ${supportedNames(spec)}.`);
    const found = PREFIXES[prefix];
    if (!found) throw invalid(`Invalid entity type '${parts[0]}' ${at}. Valid values are ${['attribute', ...spec.entities].join(', ')}; use ${supportedNames(spec)}.`);
    entity = found;
    key = parts.slice(1).join('.');
  }
  if (key === '') throw invalid(`Empty name ${at}.`);
  if (entity === 'attribute') {
    key = spec.aliases?.[key] ?? key;
    if (!spec.attributes.includes(key)) throw invalid(`Invalid attribute key '${key}' specified ${at}. Valid keys for ${spec.what} are ${supportedNames(spec)}.`);
  } else if (!spec.entities.includes(entity)) {
    throw invalid(`${spec.what[0]?.toUpperCase()}${spec.what.slice(1)} cannot be searched by ${PLURAL[entity]} ${at}; use ${supportedNames(spec)}.`);
  }
  return { entity, key };
}
