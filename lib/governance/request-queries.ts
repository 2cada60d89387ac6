import 'server-only';
import { aliasedTable, and, asc, count, desc, eq, inArray, not, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { modelVersions, promotionRequests, registeredModels, requestReviews, users, type GateResult, type RequestTarget, type RiskTier, type Stage } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { getComparison } from '@/lib/compare/comparison';
import { metricRows } from '@/lib/compare/diff';
import { directionsOf } from '@/lib/compare/metric-directions';
import type { MetricRow } from '@/lib/compare/types';
import { parseInput } from '@/lib/errors';
import { findModel, findVersion } from '@/lib/registry/model-store';
import type { ModelCardSections } from '@/lib/registry/card-sections';
import { getModelCard } from '@/lib/registry/model-cards';
import { getVersionDetail } from '@/lib/registry/version-detail';
import { decisionBlocker } from './decide';
import { evaluateGates } from './gates';
import { findRequest, openRequest } from './requests';

export type EffectiveStatus = 'pending' | 'approved' | 'rejected' | 'cancelled' | 'expired';

export interface ReviewDto {
  reviewer: string;
  decision: 'approve' | 'reject';
  comment: string;
  createdAt: number;
}

export interface RequestDto {
  id: number;
  model: string;
  riskTier: RiskTier;
  version: number;
  versionStage: Stage;
  targetStage: RequestTarget | null;
  alias: string | null;
  justification: string;
  requester: string;
  status: EffectiveStatus;
  createdAt: number;
  expiresAt: number;
  decidedAt: number | null;
  approvals: number;
  requiredApprovals: number;
  reviews: ReviewDto[];
  /** Live for a pending request; as they stood at the decision otherwise. */
  gates: GateResult[];
  /** Why the viewer may not decide it (null when they may); only pending requests are decided. */
  decideBlocker: string | null;
  canCancel: boolean;
}

export interface RequestDetail extends RequestDto {
  /** The version against the model's production version (the baseline), when there is one. */
  comparison: { production: number | null; metrics: MetricRow[] };
  /** The version's model card, for the reviewer to read where they decide. */
  card: ModelCardSections;
}

export const requestFiltersSchema = z.object({
  status: z.enum(['pending', 'decided', 'all']).default('pending'),
  model: z.string().trim().min(1).optional(),
});

const requester = aliasedTable(users, 'requester');

function effectiveStatus(status: RequestDto['status'], expiresAt: number, now: number): EffectiveStatus {
  return status === 'pending' && now >= expiresAt ? 'expired' : status;
}

function load(where: SQL | undefined, actor: Actor, limit = 200): RequestDto[] {
  const db = getDb();
  const now = Date.now();
  const rows = db
    .select({ request: promotionRequests, model: registeredModels.name, riskTier: registeredModels.riskTier, version: modelVersions, requester: requester.name })
    .from(promotionRequests)
    .innerJoin(registeredModels, eq(registeredModels.id, promotionRequests.modelId))
    .innerJoin(modelVersions, eq(modelVersions.id, promotionRequests.versionId))
    .innerJoin(requester, eq(requester.id, promotionRequests.requestedById))
    .where(where)
    .orderBy(desc(promotionRequests.id))
    .limit(limit)
    .all();
  const ids = rows.map((r) => r.request.id);
  const reviews = ids.length
    ? db
        .select({ requestId: requestReviews.requestId, reviewerId: requestReviews.reviewerId, reviewer: users.name, decision: requestReviews.decision, comment: requestReviews.comment, createdAt: requestReviews.createdAt })
        .from(requestReviews)
        .innerJoin(users, eq(users.id, requestReviews.reviewerId))
        .where(inArray(requestReviews.requestId, ids))
        .orderBy(asc(requestReviews.createdAt))
        .all()
    : [];
  return rows.map(({ request: r, model, riskTier, version, requester: requesterName }) => {
    const status = effectiveStatus(r.status, r.expiresAt, now);
    const mine = reviews.filter((v) => v.requestId === r.id);
    const decided = mine.some((v) => v.reviewerId === actor.id);
    const blocker =
      status !== 'pending'
        ? `This request is ${status}.`
        : (decisionBlocker(actor, r, version.createdById) ??
          (!can(actor.role, 'approval:decide') ? 'Only reviewers and admins decide requests.' : decided ? 'You have already decided this request.' : null));
    return {
      id: r.id,
      model,
      riskTier,
      version: version.version,
      versionStage: version.stage,
      targetStage: r.targetStage,
      alias: r.alias,
      justification: r.justification,
      requester: requesterName,
      status,
      createdAt: r.createdAt,
      expiresAt: r.expiresAt,
      decidedAt: r.decidedAt,
      approvals: r.approvals,
      requiredApprovals: r.requiredApprovals,
      reviews: mine.map(({ reviewer, decision, comment, createdAt }) => ({ reviewer, decision, comment, createdAt })),
      gates: status === 'pending' ? evaluateGates(version, r.gateSettings) : r.gateResults,
      decideBlocker: blocker,
      canCancel: status === 'pending' && (r.requestedById === actor.id || actor.role === 'admin'),
    };
  });
}

/** The review queue (pending, oldest expiry first), or decided and all requests, newest first. */
export function listRequests(actor: Actor, query: unknown): RequestDto[] {
  authorize(actor, 'read', 'request');
  const { status, model } = parseInput(requestFiltersSchema, query ?? {}, 'request');
  const modelId = model === undefined ? undefined : findModel(model).id;
  const byStatus = status === 'pending' ? openRequest() : status === 'decided' ? not(openRequest()) : undefined;
  const rows = load(and(byStatus, modelId === undefined ? undefined : eq(promotionRequests.modelId, modelId)), actor);
  return status === 'pending' ? rows.sort((a, b) => a.expiresAt - b.expiresAt) : rows;
}

export function getRequest(actor: Actor, id: unknown): RequestDetail {
  authorize(actor, 'read', 'request');
  const dto = load(eq(promotionRequests.id, findRequest(id).id), actor)[0]!;
  const production = getDb()
    .select({ version: modelVersions.version })
    .from(modelVersions)
    .innerJoin(registeredModels, eq(registeredModels.id, modelVersions.modelId))
    .where(and(eq(registeredModels.name, dto.model), eq(modelVersions.stage, 'production')))
    .get();
  const card = getModelCard(actor, dto.model, dto.version).sections;
  if (!production || production.version === dto.version) {
    const own = getVersionDetail(actor, dto.model, dto.version).run?.metrics ?? [];
    return { ...dto, card, comparison: { production: null, metrics: metricRows([Object.fromEntries(own.map((m) => [m.key, m.value]))], 0, directionsOf(actor, dto.model)) } };
  }
  const refs = [`${dto.model}@${production.version}`, `${dto.model}@${dto.version}`];
  return { ...dto, card, comparison: { production: production.version, metrics: getComparison(actor, refs, refs[0]).metrics } };
}

export function versionRequests(actor: Actor, modelName: string, version: number): RequestDto[] {
  authorize(actor, 'read', 'request');
  const row = findVersion(findModel(modelName).id, version);
  return load(eq(promotionRequests.versionId, row.id), actor, 50);
}

export function pendingRequestCount(actor: Actor): number {
  authorize(actor, 'read', 'request');
  return getDb().select({ n: count() }).from(promotionRequests).where(openRequest()).get()?.n ?? 0;
}
