import 'server-only';
import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { artifacts, modelVersions, registeredModels } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, authorizeOwned, type Actor } from '@/lib/auth/actor';
import { invalidState, notFound, parseInput } from '@/lib/errors';
import { openRequestOf } from '@/lib/governance/requests';
import { logError } from '@/lib/log';
import { blobPath, hashBlob, maxUploadBytes, stageBlob, sweepInterruptedUploads, tooLarge } from './artifact-store';
import { findModel, findVersion, touchModel } from './model-store';
import { fileReferenced, findPurgedArtifact } from './retire';
import { sha256Schema } from './schemas';

export const artifactFileNameSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._ -]{0,254}$/, 'File names have 1–255 letters, digits, spaces, dots, dashes or underscores, and no path.');

export interface UploadInput {
  modelName: string;
  version: number;
  fileName: string;
  contentType?: string | null;
  declaredSize?: number | null;
  /** The sha256 the client computed; the upload is refused, and nothing kept, when the bytes differ. */
  expectedSha256?: string | null;
  body: AsyncIterable<Uint8Array>;
}

const uploadMetaSchema = z.object({ fileName: artifactFileNameSchema, expectedSha256: sha256Schema.optional() });

const FORMATS: Record<string, string> = { json: 'json', onnx: 'onnx', pkl: 'pickle', joblib: 'joblib', pt: 'pytorch', h5: 'keras', zip: 'zip' };

/**
 * What reviewers approved must be what serves: a version's files freeze once it is under review, in
 * staging or production, and for good once retired (kept as they were until the retention rule).
 */
function refuseFrozen<V extends { id: number; version: number; stage: string }>(version: V): V {
  if (version.stage === 'retired') throw invalidState('artifact', `Version ${version.version} is retired: its artifacts can no longer change.`);
  if (version.stage === 'staging' || version.stage === 'production') {
    throw invalidState('artifact', `Version ${version.version} is in ${version.stage}: its artifacts are frozen; register a new version to change them.`);
  }
  const request = openRequestOf(version.id);
  if (request !== undefined) {
    throw invalidState('artifact', `Version ${version.version} is under review (request #${request}): its artifacts are frozen until the request is decided or cancelled.`);
  }
  return version;
}

/**
 * Authorizes before a byte is read, streams the body aside, then records the file in one transaction
 * that also moves it into the content store; when the transaction fails the file is dropped.
 */
export async function uploadArtifactUseCase(actor: Actor, input: UploadInput) {
  const { fileName, expectedSha256 } = parseInput(uploadMetaSchema, { fileName: input.fileName, expectedSha256: input.expectedSha256 || undefined }, 'artifact');
  const db = getDb();
  const model = findModel(input.modelName);
  authorizeOwned(actor, 'artifact:write', model, 'artifact');
  refuseFrozen(findVersion(model.id, input.version));
  if (input.declaredSize && input.declaredSize > maxUploadBytes()) throw tooLarge();
  const blob = await stageBlob(input.body, { expectedSha256 });
  const contentType = input.contentType?.split(';')[0]?.trim() || 'application/octet-stream';
  try {
    return db.transaction((tx) => {
      const version = refuseFrozen(findVersion(model.id, input.version));
      const existing = tx.select().from(artifacts).where(and(eq(artifacts.versionId, version.id), eq(artifacts.fileName, fileName))).get();
      const values = { versionId: version.id, fileName, sha256: blob.sha256, size: blob.size, contentType, createdById: actor.id, createdAt: Date.now() };
      const row = existing
        ? tx.update(artifacts).set(values).where(eq(artifacts.id, existing.id)).returning().get()
        : tx.insert(artifacts).values(values).returning().get();
      if (!version.artifactSha256) {
        const format = version.artifactFormat ?? FORMATS[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'file';
        tx.update(modelVersions).set({ artifactSha256: blob.sha256, artifactSize: blob.size, artifactFormat: format, updatedAt: Date.now() }).where(eq(modelVersions.id, version.id)).run();
      }
      touchModel(model.id);
      recordAudit(tx, {
        actorId: actor.id,
        action: existing ? 'artifact.replace' : 'artifact.upload',
        entityType: 'version',
        entityId: version.id,
        before: existing ? { fileName, sha256: existing.sha256, size: existing.size } : null,
        after: { fileName, sha256: blob.sha256, size: blob.size },
      });
      blob.keep();
      return { id: row.id, fileName, sha256: blob.sha256, size: blob.size };
    });
  } finally {
    // Tidying must not turn a committed upload (or a clean refusal) into a 500; the startup sweep
    // removes whatever it leaves.
    try {
      blob.discard(fileReferenced);
    } catch (error) {
      logError('artifact upload: could not remove its temporary files', error);
    }
  }
}

/**
 * At server start, before any upload: removes what uploads cut short by a crash left behind, so the
 * store holds no partial file and no file of an upload whose row never committed.
 */
export function recoverInterruptedUploads(): { partial: number; orphans: number } {
  return sweepInterruptedUploads(fileReferenced);
}

const artifactIdSchema = z.coerce.number<unknown>().int().positive();

function findArtifact(rawId: unknown) {
  const id = parseInput(artifactIdSchema, rawId, 'artifact');
  const row = getDb()
    .select({ artifact: artifacts, ownerId: registeredModels.ownerId, team: registeredModels.team })
    .from(artifacts)
    .innerJoin(modelVersions, eq(modelVersions.id, artifacts.versionId))
    .innerJoin(registeredModels, eq(registeredModels.id, modelVersions.modelId))
    .where(eq(artifacts.id, id))
    .get();
  if (!row) throw missingArtifact(id);
  return row;
}

/** A link to a purged file should say why it stopped working, not just that nothing is there. */
function missingArtifact(id: number) {
  const purged = findPurgedArtifact(id);
  if (!purged) return notFound('artifact', 'No such artifact.');
  const day = new Date(purged.purgedAt).toISOString().slice(0, 10);
  return notFound('artifact', `"${purged.fileName}" of version ${purged.version} of "${purged.model}" was deleted on ${day} under the retention rule for retired versions.`);
}

export function getArtifactDownload(actor: Actor, id: unknown) {
  authorize(actor, 'read', 'artifact');
  const { artifact } = findArtifact(id);
  const file = blobPath(artifact.sha256);
  if (!fs.existsSync(file)) throw notFound('artifact', 'The stored file is missing; run an integrity check.');
  return { file, fileName: artifact.fileName, size: artifact.size, contentType: artifact.contentType, sha256: artifact.sha256 };
}

export interface IntegrityResult {
  ok: boolean;
  expected: string;
  actual: string | null;
  checkedAt: number;
}

/** Re-hashes the stored file and compares it with the recorded sha256. */
export async function verifyArtifactUseCase(actor: Actor, id: unknown): Promise<IntegrityResult> {
  authorize(actor, 'read', 'artifact');
  const { artifact } = findArtifact(id);
  const actual = await hashBlob(artifact.sha256);
  const result = { ok: actual === artifact.sha256, expected: artifact.sha256, actual, checkedAt: Date.now() };
  getDb().transaction((tx) => {
    recordAudit(tx, { actorId: actor.id, action: 'artifact.verify', entityType: 'artifact', entityId: artifact.id, after: result });
  });
  return result;
}
