import { execFileSync } from 'node:child_process';
import { createModelUseCase } from '@/lib/registry/models';
import { setAliasUseCase } from '@/lib/registry/aliases';
import { uploadArtifactUseCase } from '@/lib/registry/artifacts';
import { updateModelCardUseCase } from '@/lib/registry/model-cards';
import { createVersionUseCase } from '@/lib/registry/versions';
import { createRunUseCase, updateRunUseCase, logBatchUseCase } from '@/lib/tracking/runs';
import type { Actor } from '@/lib/auth/actor';
import { insertUser } from '@/lib/users/use-cases';
import { getDb } from '../client';
import { backdateToRuns } from './backdate';
import { promote, seedGovernance, type Deciders } from './governance';
import { seedMonitoring } from './monitoring';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { trainDemoModels, type DemoModel, type DemoVersion } from './train';

function headCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

async function* once(content: Buffer) {
  yield new Uint8Array(content);
}

/** A finished run with its params, full metric histories and final metrics, as a training script would log it. */
function logRun(owner: Actor, model: DemoModel, v: DemoVersion): string {
  const run = createRunUseCase(owner, { experimentName: model.experimentName, name: v.runName, startTime: v.startTime, tags: v.tags });
  const history = Object.entries(v.metricHistories).flatMap(([key, points]) => points.map((p) => ({ key, ...p })));
  const finals = Object.entries(v.metrics)
    .filter(([key]) => !(key in v.metricHistories))
    .map(([key, value]) => ({ key, value, step: 0, timestamp: v.endTime }));
  logBatchUseCase(owner, run.uuid, { params: v.params, metrics: [...history, ...finals] });
  updateRunUseCase(owner, run.uuid, { status: 'FINISHED', endTime: v.endTime });
  return run.uuid;
}

interface SeededStages {
  production: number | null;
  staging: number | null;
}

async function seedModel(owner: Actor, deciders: Deciders, model: DemoModel, index: number, commit: string | null): Promise<SeededStages> {
  createModelUseCase(owner, { name: model.name, description: model.description, team: model.team, taskType: model.task, framework: model.framework, riskTier: model.riskTier, tags: model.tags });
  for (const v of model.versions) {
    const runUuid = logRun(owner, model, v);
    const { version } = createVersionUseCase(owner, model.name, {
      description: v.description,
      runUuid,
      sourceUri: `runs:/${runUuid}/model`,
      inputSignature: v.inputSignature,
      outputSignature: v.outputSignature,
      artifactFormat: v.artifact.format,
      codeRepository: model.codeRepository,
      codeCommit: commit,
      tags: v.tags,
      datasets: v.datasets,
    });
    await uploadArtifactUseCase(owner, { modelName: model.name, version, fileName: v.artifact.fileName, contentType: 'application/json', body: once(v.artifact.content) });
  }
  const best = (model.bestVersionIndex ?? model.versions.length - 1) + 1;
  const newest = model.versions.length;
  setAliasUseCase(owner, model.name, { alias: 'champion', version: best });
  if (newest !== best) setAliasUseCase(owner, model.name, { alias: 'challenger', version: newest });
  updateModelCardUseCase(owner, model.name, best, model.card);
  // The fifth model stays pre-production so the catalogue's "has a production version" filter has something to exclude.
  const production = index !== 4 ? best : null;
  if (production !== null) promote(owner, deciders, model.name, best, 'production', `Best ${model.versions[best - 1]?.runName ?? ''} run on the evaluation set; card and lineage complete.`);
  const staging = newest !== best ? newest : null;
  if (staging !== null) promote(owner, deciders, model.name, newest, 'staging', 'Newest candidate, ready for an A/B test against production.');
  return { production, staging };
}

/** Fills an empty workspace with the demo users and models trained right now on real data. */
export async function seedDemoWorkspace(): Promise<{ models: number; versions: number }> {
  const users: Actor[] = [];
  for (const u of DEMO_USERS) {
    const dto = await insertUser({ ...u, password: DEMO_PASSWORD }, null);
    users.push({ id: dto.id, email: dto.email, name: dto.name, role: dto.role, team: dto.team });
  }
  const admin = users.find((u) => u.role === 'admin') as Actor;
  const reviewer = users.find((u) => u.role === 'reviewer') as Actor;
  const scientists = users.filter((u) => u.role === 'data_scientist');
  const models = await trainDemoModels();
  const commit = headCommit();
  for (const [index, model] of models.entries()) {
    const owner = scientists.find((s) => s.team === model.team) ?? (scientists[index % scientists.length] as Actor);
    const stages = await seedModel(owner, { admin, reviewer }, model, index, commit);
    await seedMonitoring(owner, reviewer, model);
    seedGovernance(owner, { admin, reviewer }, model, stages);
  }
  backdateToRuns(getDb().$client);
  return { models: models.length, versions: models.reduce((n, m) => n + m.versions.length, 0) };
}
