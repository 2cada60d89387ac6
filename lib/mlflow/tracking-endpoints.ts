import 'server-only';
import { z } from 'zod';
import { parseInput } from '@/lib/errors';
import { createExperimentUseCase, getExperiment } from '@/lib/tracking/experiments';
import { getMetricHistoryPage, getRun } from '@/lib/tracking/run-queries';
import { createRunUseCase, updateRunUseCase } from '@/lib/tracking/runs';
import { RUN_STATUSES } from '@/db/schema';
import { invalid } from './errors';
import { paged, type MlflowHandler } from './paging';
import { logMlflowBatch } from './run-logging';
import { searchExperiments, searchRuns } from './tracking-search';
import { keyValue, keyValueList, toMlflowExperiment, toMlflowRun, toRecord } from './wire';

const id = z.coerce.number().int().positive();
const runRef = z.object({ run_id: z.string().optional(), run_uuid: z.string().optional() });
const runIdOf = (input: Record<string, unknown>) => {
  const ref = parseInput(runRef, input, 'mlflow');
  const runId = ref.run_id ?? ref.run_uuid;
  if (!runId) throw invalid('Missing value for required parameter \'run_id\'.');
  return runId;
};
/** Without max_results, MLflow returns a metric's whole history. */
const HISTORY_PAGE = { defaultSize: 1_000_000, maxSize: 50_000 };
const metric = z.object({ key: z.string(), value: z.coerce.number(), timestamp: z.coerce.number().int(), step: z.coerce.number().int().default(0) });

export const TRACKING: Record<string, MlflowHandler> = {
  'POST experiments/create': (actor, input) => {
    const data = parseInput(z.object({ name: z.string(), artifact_location: z.string().optional(), tags: keyValueList }), input, 'mlflow');
    return { experiment_id: String(createExperimentUseCase(actor, { name: data.name, artifactLocation: data.artifact_location, tags: toRecord(data.tags) }).id) };
  },
  'GET experiments/get': (actor, input) => ({
    experiment: toMlflowExperiment(getExperiment(actor, { id: parseInput(z.object({ experiment_id: id }), input, 'mlflow').experiment_id })),
  }),
  'GET experiments/get-by-name': (actor, input) => ({
    experiment: toMlflowExperiment(getExperiment(actor, { name: parseInput(z.object({ experiment_name: z.string() }), input, 'mlflow').experiment_name })),
  }),
  'POST experiments/search': searchExperiments,
  // MLflow 1.x clients still call the endpoint that search replaced.
  'GET experiments/list': searchExperiments,
  'POST runs/create': (actor, input) => {
    const data = parseInput(z.object({ experiment_id: id, run_name: z.string().optional(), start_time: z.coerce.number().int().optional(), tags: keyValueList }), input, 'mlflow');
    const tags = toRecord(data.tags);
    const name = data.run_name ?? tags['mlflow.runName'] ?? `run-${Date.now()}`;
    const run = createRunUseCase(actor, { experimentId: data.experiment_id, name, startTime: data.start_time, tags });
    return { run: toMlflowRun(getRun(actor, run.uuid)) };
  },
  'GET runs/get': (actor, input) => ({ run: toMlflowRun(getRun(actor, runIdOf(input))) }),
  'POST runs/update': (actor, input) => {
    const runId = runIdOf(input);
    const data = parseInput(z.object({ status: z.enum(RUN_STATUSES).optional(), end_time: z.coerce.number().int().optional(), run_name: z.string().optional() }), input, 'mlflow');
    updateRunUseCase(actor, runId, { status: data.status, endTime: data.end_time, name: data.run_name });
    return { run_info: toMlflowRun(getRun(actor, runId)).info };
  },
  'POST runs/log-batch': (actor, input) => {
    const data = parseInput(z.object({ metrics: z.array(metric).default([]), params: keyValueList, tags: keyValueList }), input, 'mlflow');
    logMlflowBatch(actor, runIdOf(input), data);
    return {};
  },
  'POST runs/log-metric': (actor, input) => {
    logMlflowBatch(actor, runIdOf(input), { metrics: [parseInput(metric, input, 'mlflow')] }, true);
    return {};
  },
  'POST runs/log-parameter': (actor, input) => {
    logMlflowBatch(actor, runIdOf(input), { params: [parseInput(keyValue, input, 'mlflow')] }, true);
    return {};
  },
  'POST runs/set-tag': (actor, input) => {
    logMlflowBatch(actor, runIdOf(input), { tags: [parseInput(keyValue, input, 'mlflow')] }, true);
    return {};
  },
  'POST runs/search': searchRuns,
  'GET metrics/get-history': (actor, input) => {
    const { metric_key } = parseInput(z.object({ metric_key: z.string() }), input, 'mlflow');
    const runId = runIdOf(input);
    const { items, next_page_token } = paged(input, { history: runId, metric_key }, HISTORY_PAGE, (limit, offset) => getMetricHistoryPage(actor, runId, metric_key, limit, offset));
    return { metrics: items.map((p) => ({ key: metric_key, ...p })), next_page_token };
  },
};
