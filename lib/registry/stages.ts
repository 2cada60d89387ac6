import 'server-only';
import { z } from 'zod';
import { getDb } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { forbidden, invalidState, parseInput } from '@/lib/errors';
import { applyStage } from '@/lib/governance/transitions';
import { findModel, findVersion } from './model-store';

const stageSchema = z.object({
  stage: z.enum(['development', 'staging', 'production', 'archived'], { error: 'Choose development, staging, production or archived; retire a version with a reason instead.' }),
  reason: z.string().trim().max(2000).optional(),
});

/**
 * An admin's direct stage change (the MLflow transition endpoint lands here too): recorded as an
 * override, next to the approved requests, in the version's history. A retired version never comes back.
 */
export function transitionStageUseCase(actor: Actor, modelName: string, version: number, input: unknown): void {
  if (!can(actor.role, 'stage:transition')) throw forbidden('stage', 'Changing a stage directly needs an admin; request a promotion instead.');
  const { stage, reason } = parseInput(stageSchema, input, 'stage');
  getDb().transaction((tx) => {
    const model = findModel(modelName);
    const current = findVersion(model.id, version);
    if (current.stage === 'retired') throw invalidState('stage', `Version ${current.version} is retired and cannot change stage.`);
    applyStage(tx, { model, version: current, toStage: stage, cause: 'override', actorId: actor.id, reason });
  });
}
