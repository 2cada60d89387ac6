import type { RiskTier } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { MODEL_CARD_SECTIONS } from '@/lib/registry/card-sections';
import { updateModelCardUseCase } from '@/lib/registry/model-cards';
import { createModelUseCase } from '@/lib/registry/models';
import { createVersionUseCase } from '@/lib/registry/versions';
import { createRunUseCase, logBatchUseCase } from '@/lib/tracking/runs';
import { makeActor } from './temp-workspace';

export const FULL_CARD = Object.fromEntries(MODEL_CARD_SECTIONS.map((s) => [s, `The ${s} section, written out.`]));

/**
 * A version that passes every default gate: a full model card, a dataset, a commit, and a run that
 * logged `accuracy`. Its author is a data scientist of team `ml`, who owns the model.
 */
export async function promotableVersion(author: Actor, model: string, accuracy = 0.93): Promise<number> {
  const run = createRunUseCase(author, { experimentName: model, name: `${model}-${accuracy}` });
  logBatchUseCase(author, run.uuid, { metrics: [{ key: 'accuracy', value: accuracy, step: 0, timestamp: 1 }] });
  const dataset = { name: `${model}-data`, version: '1', contentHash: 'a'.repeat(64), rowCount: 100, role: 'training' as const };
  const { version } = createVersionUseCase(author, model, { runUuid: run.uuid, datasets: [dataset], codeCommit: 'abcdef1' });
  updateModelCardUseCase(author, model, version, FULL_CARD);
  return version;
}

export interface GovernanceCast {
  author: Actor;
  requester: Actor;
  reviewer: Actor;
  reviewer2: Actor;
  admin: Actor;
  viewer: Actor;
  outsider: Actor;
}

/** Everyone a promotion involves: the version's author and a teammate who requests, two reviewers, an admin, a viewer and a data scientist of another team. */
export async function governanceCast(model: string, riskTier: RiskTier = 'medium'): Promise<GovernanceCast> {
  const author = await makeActor('data_scientist', 'ml');
  createModelUseCase(author, { name: model, taskType: 'classification', riskTier });
  return {
    author,
    requester: await makeActor('data_scientist', 'ml'),
    reviewer: await makeActor('reviewer'),
    reviewer2: await makeActor('reviewer'),
    admin: await makeActor('admin'),
    viewer: await makeActor('viewer'),
    outsider: await makeActor('data_scientist', 'other'),
  };
}
