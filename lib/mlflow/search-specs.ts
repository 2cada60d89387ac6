import { NUMERIC_OPS, STRING_OPS } from '@/lib/search/conditions';
import type { FilterSpec } from './filter';
import type { NameSpec } from './filter-names';

export interface PageSizes {
  defaultSize: number;
  maxSize: number;
}

/** What one MLflow search endpoint filters and orders by, and its `max_results` default and ceiling (MLflow 2.9's). */
export interface SearchSpec {
  filter: FilterSpec;
  order: NameSpec;
  page: PageSizes;
}

const text = { ops: STRING_OPS };
const number = { ops: NUMERIC_OPS, numeric: true };

export const MODEL_SEARCH: SearchSpec = {
  filter: { what: 'registered models', attributes: { name: text }, entities: { tag: STRING_OPS } },
  order: { what: 'registered models', attributes: ['name', 'last_updated_timestamp'], aliases: { timestamp: 'last_updated_timestamp' }, entities: [] },
  page: { defaultSize: 100, maxSize: 1000 },
};

export const VERSION_SEARCH: SearchSpec = {
  filter: {
    what: 'model versions',
    attributes: { name: text, run_id: { ops: [...STRING_OPS, 'IN'] }, source_path: text, version_number: number },
    aliases: { source: 'source_path' },
    entities: { tag: STRING_OPS },
  },
  order: { what: 'model versions', attributes: ['name', 'version_number', 'creation_timestamp', 'last_updated_timestamp'], entities: [] },
  page: { defaultSize: 10_000, maxSize: 200_000 },
};

/** MLflow's run attributes; only run_id compares with a list. */
const RUN_ATTRIBUTES = {
  run_id: { ops: [...STRING_OPS, 'IN', 'NOT IN'] },
  run_name: text,
  status: text,
  user_id: text,
  artifact_uri: text,
  start_time: number,
  end_time: number,
} as const;
const RUN_ALIASES = { created: 'start_time', Created: 'start_time', 'run name': 'run_name', 'Run name': 'run_name', 'Run Name': 'run_name' };

export const RUN_SEARCH: SearchSpec = {
  filter: { what: 'runs', attributes: RUN_ATTRIBUTES, aliases: RUN_ALIASES, entities: { metric: NUMERIC_OPS, param: STRING_OPS, tag: STRING_OPS } },
  order: { what: 'runs', attributes: Object.keys(RUN_ATTRIBUTES), aliases: RUN_ALIASES, entities: ['metric', 'param', 'tag'] },
  page: { defaultSize: 1000, maxSize: 50_000 },
};

export const EXPERIMENT_SEARCH: SearchSpec = {
  filter: { what: 'experiments', attributes: { name: text, creation_time: number, last_update_time: number }, entities: { tag: STRING_OPS } },
  order: { what: 'experiments', attributes: ['name', 'experiment_id', 'creation_time', 'last_update_time'], entities: [] },
  page: { defaultSize: 1000, maxSize: 50_000 },
};
