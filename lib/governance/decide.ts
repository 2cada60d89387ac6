import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelVersions, promotionRequests, registeredModels, requestReviews, users, type PromotionRequestRow, type ReviewDecision } from '@/db/schema';
import { recordAudit, type Writer } from '@/lib/audit/record';
import { authorize, type Actor } from '@/lib/auth/actor';
import { conflict, forbidden, invalidState, parseInput } from '@/lib/errors';
import { formatUtcMinute } from '@/lib/format-utc';
import { pointAlias } from '@/lib/registry/aliases';
import { evaluateGates, failedGates } from './gates';
import { findRequest, gateFailure, promotionBlocker } from './requests';
import { decisionSchema } from './schemas';
import { applyStage, IMMEDIATE } from './transitions';

export interface DecisionOutcome {
  requestId: number;
  status: PromotionRequestRow['status'];
  approvals: number;
  requiredApprovals: number;
  /** True when this decision applied the transition. */
  applied: boolean;
}

/** Why this person may not decide this request, in words; null when they may. */
export function decisionBlocker(actor: Actor, request: Pick<PromotionRequestRow, 'requestedById'>, versionAuthorId: number): string | null {
  if (actor.id === request.requestedById) return 'You made this request: separation of duties means someone else must decide it.';
  if (actor.id === versionAuthorId) return 'You registered this version: separation of duties means someone else must decide it.';
  return null;
}

function alreadyDecided(request: PromotionRequestRow): string {
  const last = getDb()
    .select({ name: users.name })
    .from(requestReviews)
    .innerJoin(users, eq(users.id, requestReviews.reviewerId))
    .where(eq(requestReviews.requestId, request.id))
    .orderBy(requestReviews.createdAt)
    .all()
    .at(-1);
  const by = (request.status === 'approved' || request.status === 'rejected') && last ? ` by ${last.name}` : '';
  return `Request #${request.id} was already ${request.status}${by} at ${formatUtcMinute(request.decidedAt ?? request.createdAt)}; nothing was changed.`;
}

/**
 * A reviewer approves or rejects. The write lock is taken before anything is read, so two reviewers
 * at the same moment are serialised; the (request, reviewer) key keeps one person's double click
 * to one approval. The approval that reaches the policy's number re-runs the gates and applies the
 * transition in this same transaction, or is refused with the gate's reason and nothing changes.
 */
export function decideRequestUseCase(actor: Actor, requestId: unknown, input: unknown): DecisionOutcome {
  const { decision, comment } = parseInput(decisionSchema, input, 'approval');
  return getDb().transaction(
    (tx) => {
      const request = findRequest(requestId);
      const version = tx.select().from(modelVersions).where(eq(modelVersions.id, request.versionId)).get()!;
      const blocker = decisionBlocker(actor, request, version.createdById);
      if (blocker) throw forbidden('approval', blocker);
      authorize(actor, 'approval:decide', 'approval');
      if (request.status !== 'pending') throw invalidState('approval', alreadyDecided(request));
      const now = Date.now();
      if (now >= request.expiresAt) throw invalidState('approval', `Request #${request.id} expired at ${formatUtcMinute(request.expiresAt)}; the requester can make a new one.`);
      const mine = tx.select({ decision: requestReviews.decision }).from(requestReviews).where(and(eq(requestReviews.requestId, request.id), eq(requestReviews.reviewerId, actor.id))).get();
      if (mine) throw conflict('approval', `You already ${mine.decision === 'approve' ? 'approved' : 'rejected'} request #${request.id}.`);
      tx.insert(requestReviews).values({ requestId: request.id, reviewerId: actor.id, decision, comment, createdAt: now }).run();
      const approvals = tx.select({ n: count() }).from(requestReviews).where(and(eq(requestReviews.requestId, request.id), eq(requestReviews.decision, 'approve'))).get()!.n;
      return settle(tx, actor, request, version, { decision, comment }, approvals, now);
    },
    IMMEDIATE,
  );
}

function settle(
  tx: Writer,
  actor: Actor,
  request: PromotionRequestRow,
  version: typeof modelVersions.$inferSelect,
  review: { decision: ReviewDecision; comment: string },
  approvals: number,
  now: number,
): DecisionOutcome {
  const base = { requestId: request.id, approvals, requiredApprovals: request.requiredApprovals };
  // The decision is recorded before the transition it causes, so receivers see approval.decided, then stage.changed.
  const audit = (status: DecisionOutcome['status']) =>
    recordAudit(tx, {
      actorId: actor.id,
      action: 'approval.decide',
      entityType: 'version',
      entityId: version.id,
      before: { requestId: request.id, status: 'pending', approvals: approvals - (review.decision === 'approve' ? 1 : 0) },
      after: { requestId: request.id, ...review, status, approvals, requiredApprovals: request.requiredApprovals },
    });
  if (review.decision === 'reject') {
    tx.update(promotionRequests).set({ status: 'rejected', approvals, decidedAt: now }).where(eq(promotionRequests.id, request.id)).run();
    audit('rejected');
    return { ...base, status: 'rejected', applied: false };
  }
  if (approvals < request.requiredApprovals) {
    tx.update(promotionRequests).set({ approvals }).where(eq(promotionRequests.id, request.id)).run();
    audit('pending');
    return { ...base, status: 'pending', applied: false };
  }
  const model = tx.select().from(registeredModels).where(eq(registeredModels.id, request.modelId)).get()!;
  const blocker =
    promotionBlocker(model, version) ??
    (request.targetStage === 'staging' && version.stage === 'production' ? `Version ${version.version} reached production since the request was made.` : null);
  if (blocker) throw invalidState('approval', `${blocker} The approval was not recorded.`);
  const gateResults = evaluateGates(version, request.gateSettings);
  const failed = failedGates(gateResults);
  if (failed.length > 0) throw gateFailure('approval', 'The approval was not recorded because a gate no longer passes:', failed);
  audit('approved');
  if (request.targetStage) applyStage(tx, { model, version, toStage: request.targetStage, cause: 'request', actorId: actor.id, requestId: request.id });
  if (request.alias) pointAlias(tx, model.id, request.alias, version, actor.id);
  tx.update(promotionRequests).set({ status: 'approved', approvals, gateResults, decidedAt: now }).where(eq(promotionRequests.id, request.id)).run();
  return { ...base, status: 'approved', applied: true };
}
