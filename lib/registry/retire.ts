import 'server-only';
import fs from 'node:fs';
import { and, asc, eq, isNull, lte, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { artifacts, auditLog, modelAliases, modelVersions, promotionRequests, registeredModels, type ModelRow, type VersionRow } from '@/db/schema';
import { recordAudit, type Writer } from '@/lib/audit/record';
import { authorize, authorizeOwned, type Actor } from '@/lib/auth/actor';
import { invalidState, parseInput } from '@/lib/errors';
import { liveDeployments } from '@/lib/governance/deployments';
import { applyStage, IMMEDIATE } from '@/lib/governance/transitions';
import { logError } from '@/lib/log';
import { blobPath } from './artifact-store';
import { findModel, findVersion, touchModel } from './model-store';
import { modelNameSchema } from './schemas';
import { blankAsAbsent } from '@/lib/blank-as-absent';

const DAY = 86_400_000;

export const retireSchema = z.object({
  reason: z
    .string({ error: 'Give a reason for the retirement.' })
    .trim()
    .min(3, 'Give a reason of at least 3 characters.')
    .max(2000, 'At most 2,000 characters.'),
});

export const purgeSchema = z.object({
  // Only non-blank strings become numbers: coercing null or '' would read as 0 days and purge every retired version.
  retiredBeforeDays: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v),
    z.number({ error: 'Give the number of days since retirement, from 0 to 3650.' }).int('Give a whole number of days.').min(0, 'At least 0 days.').max(3650, 'At most 3650 days.'),
  ),
  model: z.preprocess(blankAsAbsent, modelNameSchema.optional()),
});

export interface RetiredVersion {
  version: number;
  stage: 'retired';
  retiredAt: number;
  retiredReason: string;
  removedAliases: string[];
}

export interface RetiredModel {
  name: string;
  retiredAt: number;
  retiredReason: string;
  versions: number[];
}

export interface PurgeSummary {
  versions: number;
  /** Artifact files taken from the purged versions, and their total size; shared content stays on disk. */
  files: number;
  bytes: number;
}

const isRetired = (v: Pick<VersionRow, 'stage' | 'retiredAt'>) => v.stage === 'retired' || v.retiredAt !== null;

/** Takes one version out of service inside the caller's transaction: nothing may keep promoting or serving it. */
function retireOne(tx: Writer, actor: Actor, model: ModelRow, version: VersionRow, reason: string, at: number): RetiredVersion {
  const cancelled = tx
    .update(promotionRequests)
    .set({ status: 'cancelled', decidedAt: at })
    .where(and(eq(promotionRequests.versionId, version.id), eq(promotionRequests.status, 'pending')))
    .returning({ id: promotionRequests.id })
    .all();
  for (const { id } of cancelled) {
    recordAudit(tx, { actorId: actor.id, action: 'approval.cancel', entityType: 'version', entityId: version.id, before: { requestId: id, status: 'pending' }, after: { requestId: id, status: 'cancelled', cause: 'retirement' } });
  }
  applyStage(tx, { model, version, toStage: 'retired', cause: 'retirement', actorId: actor.id, reason });
  tx.update(modelVersions).set({ retiredAt: at, retiredReason: reason }).where(eq(modelVersions.id, version.id)).run();
  const aliases = tx.delete(modelAliases).where(eq(modelAliases.versionId, version.id)).returning({ alias: modelAliases.alias }).all();
  for (const { alias } of aliases) {
    recordAudit(tx, { actorId: actor.id, action: 'alias.delete', entityType: 'model', entityId: model.id, before: { alias, version: version.version } });
  }
  const removedAliases = aliases.map((a) => a.alias).sort();
  recordAudit(tx, {
    actorId: actor.id,
    action: 'version.retire',
    entityType: 'version',
    entityId: version.id,
    before: { stage: version.stage },
    after: { model: model.name, version: version.version, reason, removedAliases, cancelledRequests: cancelled.map((c) => c.id) },
  });
  return { version: version.version, stage: 'retired', retiredAt: at, retiredReason: reason, removedAliases };
}

export function retireVersionUseCase(actor: Actor, modelName: string, versionNumber: number, input: unknown): RetiredVersion {
  const { reason } = parseInput(retireSchema, input, 'version');
  return getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'version:retire', model, 'version');
    const version = findVersion(model.id, versionNumber);
    if (isRetired(version)) throw invalidState('version', `Version ${version.version} of "${model.name}" is already retired.`);
    const serving = liveDeployments(tx, model.id).find((d) => d.championVersion === version.version || d.challengerVersion === version.version);
    if (serving) {
      throw invalidState('version', `Version ${version.version} serves in the live deployment of "${serving.environment}": deploy another version there or roll back first.`);
    }
    return retireOne(tx, actor, model, version, reason, Date.now());
  }, IMMEDIATE);
}

/** Retires the model and every version not retired yet, all or nothing. */
export function retireModelUseCase(actor: Actor, modelName: string, input: unknown): RetiredModel {
  const { reason } = parseInput(retireSchema, input, 'model');
  return getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'version:retire', model, 'model');
    if (model.retiredAt !== null) throw invalidState('model', `Model "${model.name}" is already retired.`);
    const at = Date.now();
    const live = tx.select().from(modelVersions).where(and(eq(modelVersions.modelId, model.id), ne(modelVersions.stage, 'retired'), isNull(modelVersions.retiredAt))).orderBy(asc(modelVersions.version)).all();
    const versions = live.map((v) => retireOne(tx, actor, model, v, reason, at).version);
    tx.update(registeredModels).set({ retiredAt: at, retiredReason: reason }).where(eq(registeredModels.id, model.id)).run();
    touchModel(model.id, at);
    recordAudit(tx, { actorId: actor.id, action: 'model.retire', entityType: 'model', entityId: model.id, before: { name: model.name }, after: { name: model.name, reason, versions } });
    return { name: model.name, retiredAt: at, retiredReason: reason, versions };
  }, IMMEDIATE);
}

/**
 * The retention rule: an admin deletes the artifacts of versions retired at least `retiredBeforeDays`
 * ago. Rows and audit entries commit together; files go only afterwards, so a failed unlink leaves a
 * stray file rather than an unrecorded deletion.
 */
export function purgeRetiredArtifactsUseCase(actor: Actor, input: unknown): PurgeSummary {
  authorize(actor, 'retention:purge', 'retention');
  const rule = parseInput(purgeSchema, input, 'retention');
  const { summary, hashes } = getDb().transaction((tx) => {
    const modelId = rule.model === undefined ? undefined : findModel(rule.model).id;
    const at = Date.now();
    const due = tx
      .select({ id: modelVersions.id, version: modelVersions.version, retiredAt: modelVersions.retiredAt, model: registeredModels.name })
      .from(modelVersions)
      .innerJoin(registeredModels, eq(registeredModels.id, modelVersions.modelId))
      .where(
        and(
          lte(modelVersions.retiredAt, at - rule.retiredBeforeDays * DAY),
          isNull(modelVersions.artifactsPurgedAt),
          modelId === undefined ? undefined : eq(modelVersions.modelId, modelId),
          sql`EXISTS (SELECT 1 FROM ${artifacts} WHERE ${artifacts.versionId} = ${modelVersions.id})`,
        ),
      )
      .orderBy(asc(modelVersions.id))
      .all();
    const totals: PurgeSummary = { versions: due.length, files: 0, bytes: 0 };
    const hashes = new Set<string>();
    for (const v of due) {
      const files = tx.delete(artifacts).where(eq(artifacts.versionId, v.id)).returning({ id: artifacts.id, fileName: artifacts.fileName, size: artifacts.size, sha256: artifacts.sha256 }).all();
      tx.update(modelVersions).set({ artifactsPurgedAt: at }).where(eq(modelVersions.id, v.id)).run();
      recordAudit(tx, {
        actorId: actor.id,
        action: 'artifact.purge',
        entityType: 'version',
        entityId: v.id,
        before: { model: v.model, version: v.version, retiredAt: v.retiredAt, files },
        after: { rule: { retiredBeforeDays: rule.retiredBeforeDays, ...(rule.model ? { model: rule.model } : {}) }, purgedAt: at },
      });
      totals.files += files.length;
      totals.bytes += files.reduce((sum, f) => sum + f.size, 0);
      for (const f of files) hashes.add(f.sha256);
    }
    return { summary: totals, hashes };
  }, IMMEDIATE);
  removeUnreferenced(hashes);
  return summary;
}

/** Whether an artifact row names this stored file: content-addressed files are shared between versions. */
export const fileReferenced = (sha256: string): boolean => getDb().select({ id: artifacts.id }).from(artifacts).where(eq(artifacts.sha256, sha256)).limit(1).get() !== undefined;

/**
 * Files are content-addressed and shared, so one goes only when no artifact row names it. Check and
 * unlink stay synchronous: an upload keeps its file inside its own synchronous transaction on this
 * connection, so none can land between the two.
 */
function removeUnreferenced(hashes: Set<string>): void {
  for (const sha256 of hashes) {
    if (fileReferenced(sha256)) continue;
    try {
      fs.rmSync(blobPath(sha256), { force: true });
    } catch (error) {
      logError('retention: could not delete an artifact file', error, { sha256 });
    }
  }
}

export interface PurgeRecord {
  model: string;
  version: number;
  fileName: string;
  purgedAt: number;
}

/** Whether the retention rule deleted an artifact, read from the purge's audit entry, since the row itself is gone. */
export function findPurgedArtifact(artifactId: number): PurgeRecord | undefined {
  const file = sql`(SELECT value FROM json_each(${auditLog.before}, '$.files') WHERE json_extract(value, '$.id') = ${artifactId})`;
  return getDb()
    .select({
      model: sql<string>`json_extract(${auditLog.before}, '$.model')`,
      version: sql<number>`json_extract(${auditLog.before}, '$.version')`,
      fileName: sql<string>`json_extract(${file}, '$.fileName')`,
      purgedAt: auditLog.createdAt,
    })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'artifact.purge'), sql`${file} IS NOT NULL`))
    .limit(1)
    .get();
}
