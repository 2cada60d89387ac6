import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import {
  artifacts,
  datasets,
  experiments,
  modelAliases,
  runMetrics,
  runParams,
  runs,
  users,
  versionDatasets,
  versionTags,
  type DatasetRole,
  type SignatureColumn,
  type Stage,
} from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { findModel, findVersion } from './model-store';

export interface VersionDetail {
  id: number;
  modelName: string;
  version: number;
  description: string;
  status: string;
  stage: Stage;
  /** Set once retired, with the reason given; `artifactsPurgedAt` once an admin deleted its files under the retention rule. */
  retirement: { at: number; reason: string; artifactsPurgedAt: number | null } | null;
  createdAt: number;
  updatedAt: number;
  createdBy: string;
  sourceUri: string | null;
  artifact: { sha256: string | null; size: number | null; format: string | null };
  inputSignature: SignatureColumn[];
  outputSignature: SignatureColumn[];
  code: { repository: string | null; commit: string | null };
  tags: Record<string, string>;
  aliases: string[];
  run: null | {
    uuid: string;
    name: string;
    experiment: string;
    status: string;
    startTime: number;
    endTime: number | null;
    params: { key: string; value: string }[];
    metrics: { key: string; value: number; step: number; points: number }[];
  };
  datasets: { name: string; version: string; role: DatasetRole; contentHash: string; rowCount: number | null; location: string | null }[];
  artifacts: { id: number; fileName: string; sha256: string; size: number; contentType: string; createdAt: number }[];
}

function loadRun(runId: number): VersionDetail['run'] {
  const db = getDb();
  const run = db
    .select({ uuid: runs.uuid, name: runs.name, experiment: experiments.name, status: runs.status, startTime: runs.startTime, endTime: runs.endTime })
    .from(runs)
    .innerJoin(experiments, eq(experiments.id, runs.experimentId))
    .where(eq(runs.id, runId))
    .get();
  if (!run) return null;
  const params = db.select({ key: runParams.key, value: runParams.value }).from(runParams).where(eq(runParams.runId, runId)).orderBy(asc(runParams.key)).all();
  const latest = db.select().from(runMetrics).where(eq(runMetrics.runId, runId)).orderBy(asc(runMetrics.key)).all();
  const metrics = latest.map((m) => ({ key: m.key, value: m.value, step: m.step, points: m.points }));
  return { ...run, params, metrics };
}

export function getVersionDetail(actor: Actor, modelName: string, versionNumber: number): VersionDetail {
  authorize(actor, 'read', 'version');
  const db = getDb();
  const model = findModel(modelName);
  const v = findVersion(model.id, versionNumber);
  const createdBy = db.select({ name: users.name }).from(users).where(eq(users.id, v.createdById)).get()?.name ?? 'Unknown';
  return {
    id: v.id,
    modelName: model.name,
    version: v.version,
    description: v.description,
    status: v.status,
    stage: v.stage,
    retirement: v.retiredAt === null ? null : { at: v.retiredAt, reason: v.retiredReason ?? '', artifactsPurgedAt: v.artifactsPurgedAt },
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
    createdBy,
    sourceUri: v.sourceUri,
    artifact: { sha256: v.artifactSha256, size: v.artifactSize, format: v.artifactFormat },
    inputSignature: v.inputSignature ?? [],
    outputSignature: v.outputSignature ?? [],
    code: { repository: v.codeRepository, commit: v.codeCommit },
    tags: Object.fromEntries(db.select().from(versionTags).where(eq(versionTags.versionId, v.id)).all().map((t) => [t.key, t.value])),
    aliases: db.select({ alias: modelAliases.alias }).from(modelAliases).where(eq(modelAliases.versionId, v.id)).all().map((a) => a.alias),
    run: v.runId === null ? null : loadRun(v.runId),
    datasets: db
      .select({ name: datasets.name, version: datasets.version, role: versionDatasets.role, contentHash: datasets.contentHash, rowCount: datasets.rowCount, location: datasets.location })
      .from(versionDatasets)
      .innerJoin(datasets, eq(datasets.id, versionDatasets.datasetId))
      .where(eq(versionDatasets.versionId, v.id))
      .orderBy(asc(versionDatasets.role), asc(datasets.name))
      .all(),
    artifacts: db
      .select({ id: artifacts.id, fileName: artifacts.fileName, sha256: artifacts.sha256, size: artifacts.size, contentType: artifacts.contentType, createdAt: artifacts.createdAt })
      .from(artifacts)
      .where(eq(artifacts.versionId, v.id))
      .orderBy(asc(artifacts.fileName))
      .all(),
  };
}
export type { SignatureColumn } from '@/db/schema';
