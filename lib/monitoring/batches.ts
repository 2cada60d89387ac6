import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { monitoringBatches, type ModelRow, type VersionRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, authorizeOwned, type Actor } from '@/lib/auth/actor';
import { AppError, notFound, parseInput } from '@/lib/errors';
import { findModel, findVersion, touchModel } from '@/lib/registry/model-store';
import { driftSignals, performanceSignals, raiseAlerts } from './alert-raise';
import { batchSummary, findBatch, insertBatchColumns, insertPredictions, loadBatchReport } from './batch-store';
import type { Task } from './engine/performance';
import type { TableFormat } from './ingest';
import { datasetDrifts } from './policy';
import { policyOfModel } from './policy-store';
import { currentReference, referenceSnapshot } from './reference-store';
import { runTask } from './run-task';
import type { BatchReport, BatchSummary } from './types';
import { checkDeclaredSize, observedAtSchema } from './upload-input';

export interface BatchUploadInput {
  modelName: string;
  version: number;
  format: TableFormat;
  body: AsyncIterable<Uint8Array>;
  declaredSize?: number | null;
  /** When the rows were observed (ISO 8601 or epoch ms); defaults to now. */
  observedAt?: string | number | null;
}

/** Regression for regression models, classification otherwise (what the prediction column is compared as). */
export const taskOf = (model: ModelRow): Task => (model.taskType === 'regression' || model.taskType === 'forecasting' ? 'regression' : 'classification');

export const batchNames = (model: ModelRow, version: VersionRow) => ({ modelName: model.name, version: version.version, runId: version.runId });

/**
 * Judges a production batch against the version's reference under the model's policy and stores the
 * batch, its report, its predictions (for labels to come) and the alerts it raises in one transaction:
 * a batch refused anywhere (bad row, too large, no reference) leaves nothing behind.
 */
export async function ingestBatchUseCase(actor: Actor, input: BatchUploadInput): Promise<BatchReport> {
  const observed = input.observedAt === null || input.observedAt === undefined || input.observedAt === '' ? null : parseInput(observedAtSchema, input.observedAt, 'monitoring');
  const model = findModel(input.modelName);
  authorizeOwned(actor, 'monitoring:write', model, 'monitoring');
  const version = findVersion(model.id, input.version);
  checkDeclaredSize(input.declaredSize);
  const reference = currentReference(version.id);
  if (!reference) {
    throw new AppError('bad_request', 'monitoring', `Version ${version.version} of ${model.name} has no reference data yet: upload one first.`);
  }
  const policy = policyOfModel(model.id);
  const output = await runTask({ type: 'batch', format: input.format, reference: referenceSnapshot(reference), policy, task: taskOf(model) }, input.body);
  if (output.type !== 'batch') throw new Error('monitoring: a batch task answered with a different result');
  const { batch } = output;
  const drifted = batch.columns.filter((c) => c.drifted).length;
  const datasetDrift = datasetDrifts(drifted, batch.columns.length, policy.datasetDriftShare);
  const row = getDb().transaction((tx) => {
    const current = findVersion(model.id, input.version);
    const receivedAt = Date.now();
    const inserted = tx
      .insert(monitoringBatches)
      .values({
        versionId: current.id,
        referenceId: reference.id,
        rowCount: batch.rowCount,
        observedAt: observed ?? receivedAt,
        receivedAt,
        sha256: output.sha256,
        policy,
        columnCount: batch.columns.length,
        driftedCount: drifted,
        datasetDrift,
        performance: batch.performance,
        labelsAt: batch.performance ? receivedAt : null,
        createdById: actor.id,
      })
      .returning()
      .get();
    insertBatchColumns(tx, inserted.id, batch.columns);
    if (batch.predictions) insertPredictions(tx, inserted.id, batch.predictions);
    touchModel(model.id);
    recordAudit(tx, {
      actorId: actor.id,
      action: 'monitoring.batch',
      entityType: 'version',
      entityId: current.id,
      after: { batchId: inserted.id, rows: batch.rowCount, sha256: output.sha256, drifted: batch.columns.filter((c) => c.drifted).map((c) => c.name), datasetDrift, performance: batch.performance },
    });
    raiseAlerts(tx, actor.id, current.id, inserted.id, [...driftSignals(batch.columns, datasetDrift, policy), ...performanceSignals(batch.performance, policy)], receivedAt);
    return inserted;
  });
  return loadBatchReport(row, batchNames(model, version));
}

export function listBatches(actor: Actor, modelName: string, version: number): BatchSummary[] {
  authorize(actor, 'read', 'monitoring');
  const v = findVersion(findModel(modelName).id, version);
  return getDb().select().from(monitoringBatches).where(eq(monitoringBatches.versionId, v.id)).orderBy(desc(monitoringBatches.observedAt), desc(monitoringBatches.id)).all().map(batchSummary);
}

export function getBatchReport(actor: Actor, modelName: string, version: number, batchId: number): BatchReport {
  authorize(actor, 'read', 'monitoring');
  const model = findModel(modelName);
  const v = findVersion(model.id, version);
  const row = findBatch(v.id, batchId);
  if (!row) throw notFound('batch', `Version ${version} has no batch ${batchId}.`);
  return loadBatchReport(row, batchNames(model, v));
}
