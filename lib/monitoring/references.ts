import 'server-only';
import fs from 'node:fs';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { COLUMN_KINDS } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, authorizeOwned, type Actor } from '@/lib/auth/actor';
import { AppError, invalidState, notFound, parseInput } from '@/lib/errors';
import { blobPath } from '@/lib/registry/artifact-store';
import { findModel, findVersion, touchModel } from '@/lib/registry/model-store';
import { kindRefusal } from './engine/reference-profile';
import type { TableFormat } from './ingest';
import { currentReference, insertReference, lineageDatasets, referenceSummary, updateReferenceColumns } from './reference-store';
import { runTask } from './run-task';
import type { ReferenceSummary } from './types';
import { checkDeclaredSize, columnNameSchema } from './upload-input';

const roleSchema = z.object({
  prediction: columnNameSchema.optional(),
  label: columnNameSchema.optional(),
  kinds: z.record(columnNameSchema, z.enum(COLUMN_KINDS)).optional(),
  /** `name@version` of a dataset in the version's lineage whose file Modelboard stores. */
  dataset: z.string().trim().regex(/^.+@.+$/, 'Name the dataset as name@version.').optional(),
});

export interface ReferenceUploadInput {
  modelName: string;
  version: number;
  format: TableFormat;
  /** The table; absent when `dataset` names where to take it from. */
  body: AsyncIterable<Uint8Array> | null;
  declaredSize?: number | null;
  prediction?: string | null;
  label?: string | null;
  kinds?: Record<string, string>;
  dataset?: string | null;
}

/** A lineage dataset whose content hash matches a file in the artifact store. */
function datasetSource(versionId: number, ref: string) {
  const row = lineageDatasets(versionId).find((d) => `${d.name}@${d.version}` === ref);
  if (!row) throw notFound('dataset', `The version's lineage has no dataset ${ref}.`);
  const sha = row.contentHash.replace(/^sha256:/, '');
  const file = /^[0-9a-f]{64}$/.test(sha) ? blobPath(sha) : null;
  if (!file || !fs.existsSync(file)) {
    throw invalidState('dataset', `Modelboard does not hold the file of ${ref}: upload it as an artifact of the version, or upload the table here.`);
  }
  return { id: row.id, body: fs.createReadStream(file) as AsyncIterable<Uint8Array> };
}

/**
 * Profiles an uploaded table (or a stored lineage dataset) as the version's reference: kinds inferred
 * unless overridden, prediction and label columns named by the caller. The new reference is used by
 * every later batch; batches already judged keep the one they were judged by.
 */
export async function uploadReferenceUseCase(actor: Actor, input: ReferenceUploadInput): Promise<ReferenceSummary> {
  const roles = parseInput(roleSchema, { prediction: input.prediction || undefined, label: input.label || undefined, kinds: input.kinds, dataset: input.dataset || undefined }, 'monitoring');
  const model = findModel(input.modelName);
  authorizeOwned(actor, 'monitoring:write', model, 'monitoring');
  const version = findVersion(model.id, input.version);
  checkDeclaredSize(input.declaredSize);
  const source = roles.dataset ? datasetSource(version.id, roles.dataset) : null;
  const body = source?.body ?? input.body;
  if (!body) throw new AppError('bad_request', 'monitoring', 'Send the reference table as the request body, or name a dataset.');
  const output = await runTask({ type: 'reference', format: input.format, roles }, body);
  if (output.type !== 'reference') throw new Error('monitoring: a reference task answered with a different result');
  return getDb().transaction((tx) => {
    const current = findVersion(model.id, input.version);
    const row = insertReference(tx, {
      versionId: current.id,
      build: output.build,
      source: roles.dataset ? `dataset:${roles.dataset}` : 'upload',
      datasetId: source?.id ?? null,
      sha256: output.sha256,
      createdById: actor.id,
    });
    touchModel(model.id);
    const columns = output.build.columns.map((c) => `${c.name}:${c.kind}${c.role === 'feature' ? '' : `:${c.role}`}`);
    recordAudit(tx, { actorId: actor.id, action: 'monitoring.reference', entityType: 'version', entityId: current.id, after: { referenceId: row.id, rows: row.rowCount, sha256: row.sha256, source: row.source, columns } });
    return referenceSummary(row);
  });
}

export function getReference(actor: Actor, modelName: string, version: number): ReferenceSummary | null {
  authorize(actor, 'read', 'monitoring');
  const row = currentReference(findVersion(findModel(modelName).id, version).id);
  return row ? referenceSummary(row) : null;
}

export const kindOverrideSchema = z.object({ kind: z.enum(COLUMN_KINDS) });

/** Judges one reference column as numeric or categorical from now on. */
export function setReferenceColumnKindUseCase(actor: Actor, modelName: string, version: number, column: string, input: unknown): ReferenceSummary {
  const { kind } = parseInput(kindOverrideSchema, input, 'monitoring');
  return getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'monitoring:write', model, 'monitoring');
    const row = currentReference(findVersion(model.id, version).id);
    if (!row) throw notFound('monitoring', `Version ${version} has no reference data yet.`);
    const info = row.columns.find((c) => c.name === column);
    if (!info) throw notFound('monitoring', `The reference has no column "${column}".`);
    if (info.kind === kind) return referenceSummary(row);
    const refusal = kindRefusal(info, kind);
    if (refusal) throw new AppError('bad_request', 'monitoring', refusal, { kind: [refusal] });
    const columns = row.columns.map((c) => (c.name === column ? { ...c, kind } : c));
    updateReferenceColumns(tx, row.id, columns);
    touchModel(model.id);
    recordAudit(tx, { actorId: actor.id, action: 'monitoring.reference.kind', entityType: 'version', entityId: row.versionId, before: { column, kind: info.kind }, after: { column, kind } });
    return referenceSummary({ ...row, columns });
  });
}
