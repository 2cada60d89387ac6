import 'server-only';
import { z } from 'zod';
import { parseInput } from '@/lib/errors';
import { searchExperiments as searchExperimentRows } from '@/lib/tracking/experiment-search';
import { getRun } from '@/lib/tracking/run-queries';
import { searchRunIds } from '@/lib/tracking/run-search';
import { invalid } from './errors';
import { searchPage, type MlflowHandler } from './paging';
import { EXPERIMENT_SEARCH, RUN_SEARCH } from './search-specs';
import { toMlflowExperiment, toMlflowRun } from './wire';

type Stage = 'active' | 'deleted';

/** MLflow's ViewType, by name or by its proto number. */
const VIEW_TYPES: Record<string, Stage[]> = {
  ACTIVE_ONLY: ['active'],
  DELETED_ONLY: ['deleted'],
  ALL: ['active', 'deleted'],
  '1': ['active'],
  '2': ['deleted'],
  '3': ['active', 'deleted'],
};

function stagesOf(raw: unknown, parameter: string): Stage[] {
  if (raw === undefined || raw === null || raw === '') return ['active'];
  const stages = VIEW_TYPES[String(raw).toUpperCase()];
  if (!stages) throw invalid(`Invalid value ${JSON.stringify(raw)} for parameter '${parameter}'; use ACTIVE_ONLY, DELETED_ONLY or ALL.`);
  return stages;
}

export const searchExperiments: MlflowHandler = (actor, input) => {
  const stages = stagesOf(input.view_type, 'view_type');
  const { items, next_page_token } = searchPage(input, EXPERIMENT_SEARCH, { stages }, (query) => searchExperimentRows(actor, stages, query));
  return { experiments: items.map(toMlflowExperiment), next_page_token };
};

const experimentIds = z.object({ experiment_ids: z.array(z.coerce.number().int().positive()).min(1, 'Give at least one experiment id.') });

export const searchRuns: MlflowHandler = (actor, input) => {
  const { experiment_ids } = parseInput(experimentIds, input, 'mlflow');
  const stages = stagesOf(input.run_view_type, 'run_view_type');
  const scope = { experiment_ids, stages };
  const { items, next_page_token } = searchPage(input, RUN_SEARCH, scope, (query) => searchRunIds(actor, experiment_ids, stages, query));
  return { runs: items.map((runId) => toMlflowRun(getRun(actor, runId))), next_page_token };
};
