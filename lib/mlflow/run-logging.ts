import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { changedParams } from '@/lib/tracking/run-queries';
import { logBatchUseCase } from '@/lib/tracking/runs';
import type { MetricInput } from '@/lib/tracking/schemas';
import { checkBatchLimits } from './batch-limits';
import { invalid } from './errors';
import { toRecord } from './wire';

type KeyValue = { key: string; value: string };

function refuseChangedParams(actor: Actor, runId: string, params: Record<string, string>, single: boolean): void {
  const changed = changedParams(actor, runId, params);
  const [first] = changed;
  if (!first) return;
  if (single) {
    throw invalid(
      `Changing param values is not allowed. Param with key='${first.key}' was already logged with value='${first.oldValue}' for run ID='${runId}'. Attempted logging new value '${first.newValue}'.`,
    );
  }
  const listed = changed.map((c) => `{'key': '${c.key}', 'old_value': '${c.oldValue}', 'new_value': '${c.newValue}'}`).join(', ');
  throw invalid(`Changing param values is not allowed. Params were already logged='[${listed}]' for run ID='${runId}'.`);
}

/**
 * What runs/log-batch, log-metric, log-parameter and set-tag share: MLflow's limits and its refusal to
 * change a logged param, both checked before anything is written, then the same use case as /api/v1.
 */
export function logMlflowBatch(actor: Actor, runId: string, batch: { metrics?: MetricInput[]; params?: KeyValue[]; tags?: KeyValue[] }, single = false): void {
  const metrics = batch.metrics ?? [];
  const entities = { metrics, params: batch.params ?? [], tags: batch.tags ?? [] };
  checkBatchLimits(entities);
  const params = toRecord(entities.params);
  refuseChangedParams(actor, runId, params, single);
  logBatchUseCase(actor, runId, { metrics, params, tags: toRecord(entities.tags) });
}
