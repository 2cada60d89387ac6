import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { monitoringBatches } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorizeOwned, type Actor } from '@/lib/auth/actor';
import { invalidState, notFound } from '@/lib/errors';
import { findModel, findVersion, touchModel } from '@/lib/registry/model-store';
import { performanceSignals, raiseAlerts } from './alert-raise';
import { findBatch, loadBatchReport, readPredictions } from './batch-store';
import { batchNames, taskOf } from './batches';
import type { TableFormat } from './ingest';
import { monitoringPolicySchema } from './policy';
import { referenceById } from './reference-store';
import { runTask } from './run-task';
import type { BatchReport } from './types';
import { checkDeclaredSize } from './upload-input';

export interface LabelsUploadInput {
  modelName: string;
  version: number;
  batchId: number;
  format: TableFormat;
  body: AsyncIterable<Uint8Array>;
  declaredSize?: number | null;
}

/**
 * Scores a batch's kept predictions against labels that arrived later (one `label` column, the
 * batch's row order) under the policy the batch was judged by. Sending labels again replaces the scores.
 */
export async function submitLabelsUseCase(actor: Actor, input: LabelsUploadInput): Promise<BatchReport> {
  const model = findModel(input.modelName);
  authorizeOwned(actor, 'monitoring:write', model, 'monitoring');
  const version = findVersion(model.id, input.version);
  checkDeclaredSize(input.declaredSize);
  const batch = findBatch(version.id, input.batchId);
  if (!batch) throw notFound('batch', `Version ${input.version} has no batch ${input.batchId}.`);
  const predictions = readPredictions(batch.id);
  if (!predictions) throw invalidState('monitoring', `Batch ${batch.id} kept no predictions to score: it had no prediction column, or it came with its labels.`);
  const task = taskOf(model);
  // Read as the batch's own reference read its label column, else as the predictions they are scored against.
  const labelKind = referenceById(batch.referenceId)?.columns.find((c) => c.role === 'label')?.inferredKind ?? predictions.kind;
  const output = await runTask({ type: 'labels', format: input.format, labelKind, predictions, rowCount: batch.rowCount, task }, input.body);
  if (output.type !== 'labels') throw new Error('monitoring: a labels task answered with a different result');
  const policy = monitoringPolicySchema.parse(batch.policy);
  const row = getDb().transaction((tx) => {
    const current = findBatch(version.id, batch.id);
    if (!current) throw notFound('batch', `Version ${input.version} has no batch ${input.batchId}.`);
    const labelsAt = Date.now();
    const updated = tx.update(monitoringBatches).set({ performance: output.performance, labelsAt }).where(eq(monitoringBatches.id, batch.id)).returning().get();
    touchModel(model.id);
    recordAudit(tx, { actorId: actor.id, action: 'monitoring.labels', entityType: 'version', entityId: version.id, before: { batchId: batch.id, performance: current.performance }, after: { batchId: batch.id, performance: output.performance, sha256: output.sha256 } });
    raiseAlerts(tx, actor.id, version.id, batch.id, performanceSignals(output.performance, policy), labelsAt);
    return updated;
  });
  return loadBatchReport(row, batchNames(model, version));
}
