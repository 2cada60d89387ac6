import { z } from 'zod';
import type { ExperimentRow } from '@/db/schema';
import type { getRun } from '@/lib/tracking/run-queries';

/** Our rows in MLflow's field names: ids as strings, tags and params as key/value lists. */
export const keyValues = (record: Record<string, string>) => Object.entries(record).map(([key, value]) => ({ key, value }));

/** MLflow's `[{ key, value }]` lists, as requests carry them. */
export const keyValue = z.object({ key: z.string(), value: z.coerce.string() });
export const keyValueList = z.array(keyValue).default([]);
export const toRecord = (pairs: { key: string; value: string }[]) => Object.fromEntries(pairs.map((p) => [p.key, p.value]));

export function toMlflowExperiment(row: ExperimentRow) {
  return {
    experiment_id: String(row.id),
    name: row.name,
    artifact_location: row.artifactLocation ?? `mlflow-artifacts:/${row.id}`,
    lifecycle_stage: row.lifecycleStage,
    creation_time: row.createdAt,
    last_update_time: row.updatedAt,
    tags: keyValues(row.tags),
  };
}

export function toMlflowRun(run: ReturnType<typeof getRun>) {
  return {
    info: {
      run_id: run.id,
      run_uuid: run.id,
      run_name: run.name,
      experiment_id: String(run.experimentId),
      user_id: run.user ?? '',
      status: run.status,
      start_time: run.startTime,
      ...(run.endTime === null ? {} : { end_time: run.endTime }),
      artifact_uri: run.artifactUri ?? `mlflow-artifacts:/${run.experimentId}/${run.id}/artifacts`,
      lifecycle_stage: 'active',
    },
    data: { metrics: run.metrics, params: keyValues(run.params), tags: keyValues(run.tags) },
    inputs: {},
  };
}
