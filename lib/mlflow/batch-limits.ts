import path from 'node:path';
import { MAX_KEY_LENGTH, MAX_PARAM_VALUE_LENGTH, MAX_TAG_VALUE_LENGTH } from '@/lib/tracking/schemas';
import { invalid } from './errors';

/** MLflow 2.9's batch sizes (mlflow/utils/validation.py); our native /api/v1 keeps its larger ones. Lengths are the same in both. */
export const MAX_METRICS_PER_BATCH = 1000;
export const MAX_PARAMS_TAGS_PER_BATCH = 100;
export const MAX_ENTITIES_PER_BATCH = 1000;

export interface BatchEntities {
  metrics: { key: string }[];
  params: { key: string; value: string }[];
  tags: { key: string; value: string }[];
}

// Python's \w on str patterns: Unicode letters and digits, and the underscore.
const VALID_NAME = /^[/\p{L}\p{N}_.\- ]*$/u;

/** Names become file paths in some MLflow stores, so a name must not normalize to another one. */
function normalizedPath(name: string): string {
  const normalized = path.posix.normalize(name);
  return normalized.length > 1 ? normalized.replace(/\/+$/, '') : normalized;
}

function checkName(kind: 'metric' | 'parameter' | 'tag', name: string): void {
  if (!VALID_NAME.test(name)) {
    throw invalid(`Invalid ${kind} name: '${name}'. Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), and slashes (/).`);
  }
  const normalized = normalizedPath(name);
  if (normalized !== name || normalized === '.' || normalized.startsWith('..') || normalized.startsWith('/')) {
    throw invalid(
      `Invalid ${kind} name: '${name}'. Names may be treated as files in certain cases, and must not resolve to other names when treated as such. This name would resolve to '${normalized}'`,
    );
  }
}

/** Lengths in characters as Python counts them (code points), not UTF-16 units. */
function checkLength(entity: string, limit: number, value: string): void {
  if (value.length <= limit) return;
  const length = [...value].length;
  if (length > limit) throw invalid(`${entity} '${[...value].slice(0, 250).join('')}' had length ${length}, which exceeded length limit of ${limit}`);
}

function checkCount(entities: string, limit: number, count: number): void {
  if (count > limit) {
    throw invalid(`A batch logging request can contain at most ${limit} ${entities}. Got ${count} ${entities}. Please split up ${entities} across multiple requests and try again.`);
  }
}

/** What MLflow checks before logging anything, in its order and with its messages: names, lengths, counts, duplicate params. */
export function checkBatchLimits(batch: BatchEntities): void {
  for (const { key } of batch.metrics) {
    checkName('metric', key);
    checkLength('Metric name', MAX_KEY_LENGTH, key);
  }
  for (const { key, value } of batch.params) {
    checkName('parameter', key);
    checkLength('Param key', MAX_KEY_LENGTH, key);
    checkLength('Param value', MAX_PARAM_VALUE_LENGTH, value);
  }
  for (const { key, value } of batch.tags) {
    checkName('tag', key);
    checkLength('Tag key', MAX_KEY_LENGTH, key);
    checkLength('Tag value', MAX_TAG_VALUE_LENGTH, value);
  }
  checkCount('metrics', MAX_METRICS_PER_BATCH, batch.metrics.length);
  checkCount('params', MAX_PARAMS_TAGS_PER_BATCH, batch.params.length);
  checkCount('tags', MAX_PARAMS_TAGS_PER_BATCH, batch.tags.length);
  checkCount('metrics, params, and tags', MAX_ENTITIES_PER_BATCH, batch.metrics.length + batch.params.length + batch.tags.length);
  const seen = new Set<string>();
  const duplicates = [...new Set(batch.params.filter((p) => seen.has(p.key) || !seen.add(p.key)).map((p) => p.key))];
  if (duplicates.length > 0) {
    throw invalid(
      `Duplicate parameter keys have been submitted: [${duplicates.map((k) => `'${k}'`).join(', ')}]. Please ensure the request contains only one param value per param key.`,
    );
  }
}
