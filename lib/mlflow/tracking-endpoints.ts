import 'server-only';
import { z } from 'zod';
import { parseInput } from '@/lib/errors';
import { createExperimentUseCase, getExperiment, listExperiments } from '@/lib/tracking/experiments';
import { getMetricHistory, getRun, searchRunIds } from '@/lib/tracking/run-queries';
import { createRunUseCase, logBatchUseCase, updateRunUseCase } from '@/lib/tracking/runs';
import { RUN_STATUSES } from '@/db/schema';
import { invalid } from './errors';
import { paged, type MlflowHandler } from './paging';
import { keyValueList, toMlflowExperiment, toMlflowRun, toRecord } from './wire';

const id = z.coerce.number().int().positive();
const runRef = z.object({ run_id: z.string().optional(), run_uuid: z.string().optional() });
const runIdOf = (input: Record<string, unknown>) => {
  const ref = parseInput(runRef, input, 'mlflow');
  const runId = ref.run_id ?? ref.run_uuid;
  if (!runId) throw invalid('Missing value for required parameter \'run_id\'.');
  return runId;
};
const metric = z.object({ key: z.string(), value: z.coerce.number(), timestamp: z.coerce.number().int(), step: z.coerce.number().int().default(0) });

const searchExperiments: MlflowHandler = (actor, input) => {
  if (input.filter) throw invalid('Experiment filters are not supported yet; search without `filter`.');
  const { items, next_page_token } = paged(input, 'experiments', 1000, (limit, offset) => {
    const { rows, total } = listExperiments(actor, limit, offset);
    return { items: rows.map(toMlflowExperiment), total };
  });
  return { experiments: items, next_page_token };
};

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
    logBatchUseCase(actor, runIdOf(input), { metrics: data.metrics, params: toRecord(data.params), tags: toRecord(data.tags) });
    return {};
  },
  'POST runs/log-metric': (actor, input) => {
    logBatchUseCase(actor, runIdOf(input), { metrics: [parseInput(metric, input, 'mlflow')] });
    return {};
  },
  'POST runs/log-parameter': (actor, input) => {
    const { key, value } = parseInput(z.object({ key: z.string(), value: z.coerce.string() }), input, 'mlflow');
    logBatchUseCase(actor, runIdOf(input), { params: { [key]: value } });
    return {};
  },
  'POST runs/set-tag': (actor, input) => {
    const { key, value } = parseInput(z.object({ key: z.string(), value: z.coerce.string() }), input, 'mlflow');
    logBatchUseCase(actor, runIdOf(input), { tags: { [key]: value } });
    return {};
  },
  'POST runs/search': (actor, input) => {
    if (input.filter) throw invalid('Run filters are not supported yet; search without `filter`.');
    const { experiment_ids } = parseInput(z.object({ experiment_ids: z.array(id).min(1, 'Give at least one experiment id.') }), input, 'mlflow');
    const { items, next_page_token } = paged(input, `runs:${experiment_ids.join(',')}`, 1000, (limit, offset) => {
      const { ids, total } = searchRunIds(actor, experiment_ids, limit, offset);
      return { items: ids.map((runId) => toMlflowRun(getRun(actor, runId))), total };
    });
    return { runs: items, next_page_token };
  },
  'GET metrics/get-history': (actor, input) => {
    const { metric_key } = parseInput(z.object({ metric_key: z.string() }), input, 'mlflow');
    const history = getMetricHistory(actor, runIdOf(input), metric_key, {});
    const { items, next_page_token } = paged(input, `history:${runIdOf(input)}:${metric_key}`, 1_000_000, (limit, offset) => ({
      items: history.points.slice(offset, offset + limit).map((p) => ({ key: metric_key, ...p })),
      total: history.totalPoints,
    }));
    return { metrics: items, next_page_token };
  },
};
