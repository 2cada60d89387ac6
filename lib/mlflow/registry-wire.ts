import type { ModelView, VersionView } from '@/lib/registry/registry-views';
import type { Stage } from '@/lib/registry/vocabulary';
import { keyValues } from './wire';

/** MLflow's four stages; our retired versions read as Archived to its clients. */
export const TO_MLFLOW_STAGE: Record<Stage, string> = {
  development: 'None',
  staging: 'Staging',
  production: 'Production',
  archived: 'Archived',
  retired: 'Archived',
};

export const FROM_MLFLOW_STAGE: Record<string, Stage> = { none: 'development', staging: 'staging', production: 'production', archived: 'archived' };

export function toMlflowVersion(v: VersionView) {
  return {
    name: v.modelName,
    version: String(v.version),
    creation_timestamp: v.createdAt,
    last_updated_timestamp: v.updatedAt,
    user_id: v.createdBy,
    current_stage: TO_MLFLOW_STAGE[v.stage],
    description: v.description,
    source: v.sourceUri ?? '',
    run_id: v.runUuid ?? '',
    status: v.status,
    tags: keyValues(v.tags),
    aliases: v.aliases,
  };
}

export function toMlflowModel(model: ModelView) {
  return {
    name: model.name,
    creation_timestamp: model.createdAt,
    last_updated_timestamp: model.updatedAt,
    description: model.description,
    user_id: model.ownerName,
    // Archived and retired both read as Archived: keep the newest of them.
    latest_versions: model.latestPerStage.filter((v, i, all) => all.findIndex((w) => TO_MLFLOW_STAGE[w.stage] === TO_MLFLOW_STAGE[v.stage]) === i).map(toMlflowVersion),
    tags: keyValues(model.tags),
    aliases: model.aliases.map((a) => ({ alias: a.alias, version: String(a.version) })),
  };
}
