import type { Actor } from '@/lib/auth/actor';
import { decideRequestUseCase } from '@/lib/governance/decide';
import { deployUseCase } from '@/lib/governance/deployments';
import { setAliasProtectionUseCase } from '@/lib/governance/protected-aliases';
import { createRequestUseCase, previewRequest } from '@/lib/governance/requests';
import { updateModelCardUseCase } from '@/lib/registry/model-cards';
import { transitionStageUseCase } from '@/lib/registry/stages';
import type { DemoModel } from './train';

export interface Deciders {
  admin: Actor;
  reviewer: Actor;
}

/**
 * Moves a demo version the way the team would: through a promotion request its owner makes and the
 * reviewer (plus the admin where the policy asks for two) approves. A version whose gates fail, like
 * the high-risk model with its half-written card, got there before the policy existed: an override
 * with that reason.
 */
export function promote(owner: Actor, { admin, reviewer }: Deciders, model: string, version: number, targetStage: 'staging' | 'production', justification: string): void {
  const preview = previewRequest(owner, model, version);
  if (preview.gates.some((g) => !g.passed)) {
    transitionStageUseCase(admin, model, version, { stage: targetStage, reason: 'Promoted before the approval policy applied; the model card is being completed.' });
    return;
  }
  const request = createRequestUseCase(owner, model, version, { targetStage, justification });
  const comments = ['Metrics and lineage checked against the evaluation set.', 'Card read; monitoring policy in place. Approved.'];
  [reviewer, admin].slice(0, request.requiredApprovals).forEach((decider, i) => decideRequestUseCase(decider, request.id, { decision: 'approve', comment: comments[i] }));
}

/** After monitoring is seeded: `champion` protected, production deployed, and requests waiting in the queue. */
export function seedGovernance(owner: Actor, deciders: Deciders, model: DemoModel, stages: { production: number | null; staging: number | null }): void {
  const { admin } = deciders;
  setAliasProtectionUseCase(admin, model.name, { alias: 'champion' }, true);
  if (stages.production === null) return;
  const endpoint = `https://serving.modelboard.dev/${model.name}/invocations`;
  deployUseCase(owner, model.name, { environment: 'production', endpoint, championVersion: stages.production });
  if (stages.staging === null) return;
  if (model.riskTier === 'medium') {
    deployUseCase(owner, model.name, { environment: 'production', endpoint, championVersion: stages.production, challengerVersion: stages.staging, challengerWeight: 10, note: 'A/B test of the challenger on a tenth of the traffic.' });
  }
  updateModelCardUseCase(owner, model.name, stages.staging, model.card);
  const preview = previewRequest(owner, model.name, stages.staging);
  if (preview.blocker || preview.gates.some((g) => !g.passed)) return;
  const request = createRequestUseCase(owner, model.name, stages.staging, {
    targetStage: 'production',
    alias: 'champion',
    justification: `v${stages.staging} was trained on the same data with tuned parameters; its evaluation metrics are in the comparison. Asking to replace v${stages.production} in production and move **champion** with it.`,
  });
  // A high-risk request needs two approvals: the admin has given one, the reviewer's is awaited.
  if (request.requiredApprovals > 1) decideRequestUseCase(admin, request.id, { decision: 'approve', comment: 'Comparison looks sound; over to the reviewer.' });
}
