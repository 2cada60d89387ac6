import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { logBatchUseCase, ParamChangeError } from '@/lib/tracking/runs';
import type { MetricInput } from '@/lib/tracking/schemas';
import { checkBatchLimits } from './batch-limits';
import { invalid } from './errors';
import { toRecord } from './wire';

type KeyValue = { key: string; value: string };

/** The use case's refusal to change a logged param, in MLflow's words: one form for log-parameter, another for log-batch. */
function mlflowParamChange({ changes }: ParamChangeError, runId: string, single: boolean) {
  const [first] = changes;
  if (single && first) {
    return invalid(
      `Changing param values is not allowed. Param with key='${first.key}' was already logged with value='${first.oldValue}' for run ID='${runId}'. Attempted logging new value '${first.newValue}'.`,
    );
  }
  const listed = changes.map((c) => `{'key': '${c.key}', 'old_value': '${c.oldValue}', 'new_value': '${c.newValue}'}`).join(', ');
  return invalid(`Changing param values is not allowed. Params were already logged='[${listed}]' for run ID='${runId}'.`);
}

/**
 * What runs/log-batch, log-metric, log-parameter and set-tag share: MLflow's limits, checked before
 * anything is written, then the same use case as /api/v1, whose refusals keep MLflow's messages.
 */
export function logMlflowBatch(actor: Actor, runId: string, batch: { metrics?: MetricInput[]; params?: KeyValue[]; tags?: KeyValue[] }, single = false): void {
  const metrics = batch.metrics ?? [];
  const entities = { metrics, params: batch.params ?? [], tags: batch.tags ?? [] };
  checkBatchLimits(entities);
  try {
    logBatchUseCase(actor, runId, { metrics, params: toRecord(entities.params), tags: toRecord(entities.tags) });
  } catch (error) {
    throw error instanceof ParamChangeError ? mlflowParamChange(error, runId, single) : error;
  }
}
