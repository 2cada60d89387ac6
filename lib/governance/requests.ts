import 'server-only';
import { and, eq, gt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { promotionRequests, type GateResult, type ModelRow, type PromotionRequestRow, type VersionRow } from '@/db/schema';
import { recordAudit, type Writer } from '@/lib/audit/record';
import { authorize, authorizeOwned, type Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { AppError, conflict, forbidden, invalidState, notFound, parseInput, routeId } from '@/lib/errors';
import { findModel, findVersion } from '@/lib/registry/model-store';
import { evaluateGates, failedGates } from './gates';
import { policyFor } from './policy';
import { protectedAliasesOf, requireProtectedAlias } from './protected-aliases';
import { requestSchema } from './schemas';
import { IMMEDIATE } from './transitions';

const HOUR = 3_600_000;

/** A request still open for decisions: pending and not yet expired. */
export const openRequest = (now = Date.now()) => and(eq(promotionRequests.status, 'pending'), gt(promotionRequests.expiresAt, now))!;

/** The id of the version's request still open for decisions, if any. */
export function openRequestOf(versionId: number): number | undefined {
  return getDb().select({ id: promotionRequests.id }).from(promotionRequests).where(and(eq(promotionRequests.versionId, versionId), openRequest())).get()?.id;
}

/** Why a version cannot be promoted at all, whatever the reviewers think; null when it can. */
export function promotionBlocker(model: Pick<ModelRow, 'name' | 'retiredAt'>, version: Pick<VersionRow, 'version' | 'stage' | 'status'>): string | null {
  if (model.retiredAt !== null) return `Model "${model.name}" is retired: none of its versions can be promoted.`;
  if (version.stage === 'retired') return `Version ${version.version} is retired: retired versions cannot be promoted.`;
  if (version.status !== 'READY') return `Version ${version.version} is not ready (${version.status}).`;
  return null;
}

/** The gates failing, as one message a person can act on, with the reasons as field errors for forms. */
export function gateFailure(surface: string, lead: string, failed: GateResult[]): AppError {
  return new AppError('invalid_state', surface, `${lead} ${failed.map((g) => g.reason).join(' ')}`, { gates: failed.map((g) => g.reason) });
}

/** A request by id from a URL, a form or a caller: anything that is not a plain positive id is simply not found. */
export function findRequest(rawId: unknown): PromotionRequestRow {
  const id = routeId(rawId, 'request', 'No such request.');
  const row = getDb().select().from(promotionRequests).where(eq(promotionRequests.id, id)).get();
  if (!row) throw notFound('request', `Request #${id} does not exist.`);
  return row;
}

/**
 * An author asks for a version to reach staging or production, or for a protected alias to point at
 * it. The gates run now (a failing gate refuses the request, with its reason) and again when the last
 * approval lands; the policy's numbers are copied onto the request.
 */
export function createRequestUseCase(actor: Actor, modelName: string, versionNumber: number, input: unknown): PromotionRequestRow {
  const data = parseInput(requestSchema, input, 'request');
  return getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'promotion:request', model, 'request');
    const version = findVersion(model.id, versionNumber);
    const blocker = promotionBlocker(model, version);
    if (blocker) throw invalidState('request', blocker);
    if (data.targetStage === version.stage && data.alias === undefined) throw invalidState('request', `Version ${version.version} is already in ${version.stage}.`);
    if (data.targetStage === 'staging' && version.stage === 'production') {
      throw invalidState('request', `Version ${version.version} is in production; moving it back to staging is not a promotion.`);
    }
    if (data.alias !== undefined) requireProtectedAlias(model.id, data.alias);
    const pending = tx.select().from(promotionRequests).where(and(eq(promotionRequests.versionId, version.id), eq(promotionRequests.status, 'pending'))).get();
    if (pending && pending.expiresAt > Date.now()) {
      throw conflict('request', `Version ${version.version} already has a pending request (#${pending.id}); decide or cancel it first.`);
    }
    if (pending) expire(tx, actor, pending);
    const policy = policyFor(model);
    const gateResults = evaluateGates(version, policy.gates);
    const failed = failedGates(gateResults);
    if (failed.length > 0) throw gateFailure('request', `Version ${version.version} does not pass ${failed.length} of the policy's gates:`, failed);
    const now = Date.now();
    const row = tx
      .insert(promotionRequests)
      .values({
        modelId: model.id,
        versionId: version.id,
        targetStage: data.targetStage ?? null,
        alias: data.alias ?? null,
        justification: data.justification,
        requestedById: actor.id,
        requiredApprovals: policy.requiredApprovals,
        gateSettings: policy.gates,
        gateResults,
        createdAt: now,
        expiresAt: now + policy.expiryHours * HOUR,
      })
      .returning()
      .get();
    recordAudit(tx, {
      actorId: actor.id,
      action: 'approval.request',
      entityType: 'version',
      entityId: version.id,
      after: { requestId: row.id, targetStage: row.targetStage, alias: row.alias, justification: row.justification, requiredApprovals: row.requiredApprovals, expiresAt: row.expiresAt },
    });
    return row;
  }, IMMEDIATE);
}

/** A request whose time ran out is closed as expired when a new one for its version replaces it. */
function expire(tx: Writer, actor: Actor, request: PromotionRequestRow): void {
  tx.update(promotionRequests).set({ status: 'expired', decidedAt: request.expiresAt }).where(eq(promotionRequests.id, request.id)).run();
  recordAudit(tx, { actorId: actor.id, action: 'approval.expire', entityType: 'version', entityId: request.versionId, before: { requestId: request.id, status: 'pending' }, after: { requestId: request.id, status: 'expired' } });
}

/** The requester (or an admin) withdraws a pending request; answers with the request's id. */
export function cancelRequestUseCase(actor: Actor, requestId: unknown): { id: number } {
  return getDb().transaction((tx) => {
    const request = findRequest(requestId);
    const mine = request.requestedById === actor.id && can(actor.role, 'promotion:request');
    if (!mine && actor.role !== 'admin') throw forbidden('request', 'Only the requester or an admin can cancel a request.');
    if (request.status !== 'pending') throw invalidState('request', `Request #${request.id} is already ${request.status}.`);
    if (request.expiresAt <= Date.now()) throw invalidState('request', `Request #${request.id} has already expired.`);
    tx.update(promotionRequests).set({ status: 'cancelled', decidedAt: Date.now() }).where(eq(promotionRequests.id, request.id)).run();
    recordAudit(tx, { actorId: actor.id, action: 'approval.cancel', entityType: 'version', entityId: request.versionId, before: { requestId: request.id, status: 'pending' }, after: { requestId: request.id, status: 'cancelled' } });
    return { id: request.id };
  }, IMMEDIATE);
}

export interface RequestPreview {
  /** Why no request can be made for this version at all; null when one can. */
  blocker: string | null;
  gates: GateResult[];
  requiredApprovals: number;
  expiryHours: number;
  protectedAliases: string[];
  pendingRequestId: number | null;
}

/** What the request form shows before it is sent: the policy's numbers and each gate's verdict today. */
export function previewRequest(actor: Actor, modelName: string, versionNumber: number): RequestPreview {
  authorize(actor, 'read', 'request');
  const model = findModel(modelName);
  const version = findVersion(model.id, versionNumber);
  const policy = policyFor(model);

  return {
    blocker: promotionBlocker(model, version),
    gates: evaluateGates(version, policy.gates),
    requiredApprovals: policy.requiredApprovals,
    expiryHours: policy.expiryHours,
    protectedAliases: protectedAliasesOf(model.id),
    pendingRequestId: openRequestOf(version.id) ?? null,
  };
}
