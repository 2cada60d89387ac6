import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { datasets, modelVersions, registeredModels, versionDatasets, versionTags } from '@/db/schema';
import { recordAudit, type Writer } from '@/lib/audit/record';
import { authorizeOwned, type Actor } from '@/lib/auth/actor';
import { conflict, invalidState, parseInput } from '@/lib/errors';
import { findRun } from '@/lib/tracking/runs';
import { findModel, findVersion, touchModel } from './model-store';
import { createVersionSchema, datasetLinkSchema, updateVersionSchema } from './schemas';
import type { z } from 'zod';

export interface VersionRef {
  modelName: string;
  version: number;
  id: number;
}

/** Registers a dataset version once; the same name and version must always carry the same content. */
function datasetId(tx: Writer, link: z.output<typeof datasetLinkSchema>): number {
  const found = tx.select().from(datasets).where(and(eq(datasets.name, link.name), eq(datasets.version, link.version))).get();
  if (found) {
    if (found.contentHash !== link.contentHash) {
      throw conflict('dataset', `Dataset ${link.name}@${link.version} is already registered with a different content hash.`);
    }
    return found.id;
  }
  return tx
    .insert(datasets)
    .values({ name: link.name, version: link.version, contentHash: link.contentHash, rowCount: link.rowCount ?? null, location: link.location ?? null })
    .returning({ id: datasets.id })
    .get().id;
}

function replaceVersionTags(tx: Writer, versionId: number, tags: Record<string, string>): void {
  tx.delete(versionTags).where(eq(versionTags.versionId, versionId)).run();
  const rows = Object.entries(tags).map(([key, value]) => ({ versionId, key, value }));
  if (rows.length) tx.insert(versionTags).values(rows).run();
}

export function createVersionUseCase(actor: Actor, modelName: string, input: unknown): VersionRef {
  const data = parseInput(createVersionSchema, input, 'version');
  return getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'version:create', model, 'version');
    if (model.retiredAt !== null) throw invalidState('version', `Model "${model.name}" is retired: it takes no new versions.`);
    const runId = data.runUuid ? findRun(tx, data.runUuid).id : null;
    const version = model.lastVersionNumber + 1;
    const now = Date.now();
    tx.update(registeredModels).set({ lastVersionNumber: version, updatedAt: now }).where(eq(registeredModels.id, model.id)).run();
    const row = tx
      .insert(modelVersions)
      .values({
        modelId: model.id,
        version,
        description: data.description,
        runId,
        sourceUri: data.sourceUri ?? null,
        artifactSha256: data.artifactSha256 ?? null,
        artifactSize: data.artifactSize ?? null,
        artifactFormat: data.artifactFormat ?? null,
        inputSignature: data.inputSignature ?? null,
        outputSignature: data.outputSignature ?? null,
        codeRepository: data.codeRepository ?? null,
        codeCommit: data.codeCommit?.toLowerCase() ?? null,
        createdById: actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    replaceVersionTags(tx, row.id, data.tags);
    const links = new Set<string>();
    for (const link of data.datasets) {
      const id = datasetId(tx, link);
      if (links.has(`${id}:${link.role}`)) continue;
      links.add(`${id}:${link.role}`);
      tx.insert(versionDatasets).values({ versionId: row.id, datasetId: id, role: link.role }).run();
    }
    recordAudit(tx, {
      actorId: actor.id,
      action: 'version.create',
      entityType: 'version',
      entityId: row.id,
      after: { model: model.name, version, runUuid: data.runUuid ?? null, datasets: data.datasets.length, tags: data.tags },
    });
    return { modelName: model.name, version, id: row.id };
  });
}

export function updateVersionUseCase(actor: Actor, modelName: string, version: number, input: unknown): VersionRef {
  const data = parseInput(updateVersionSchema, input, 'version');
  return getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'version:update', model, 'version');
    const before = findVersion(model.id, version);
    const now = Date.now();
    if (data.description !== undefined) {
      tx.update(modelVersions).set({ description: data.description, updatedAt: now }).where(eq(modelVersions.id, before.id)).run();
    }
    if (data.tags) replaceVersionTags(tx, before.id, data.tags);
    touchModel(model.id, now);
    recordAudit(tx, {
      actorId: actor.id,
      action: 'version.update',
      entityType: 'version',
      entityId: before.id,
      before: { description: before.description },
      after: data,
    });
    return { modelName: model.name, version, id: before.id };
  });
}
