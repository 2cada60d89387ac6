import { adminsRequest, adminsVersion, modelPolicy, reviewersVersion, STRICT_POLICY, type RestCase } from './cases';
import { ADMIN, COMMENTERS, DECIDERS, JUSTIFICATION, OWNERS, REQUESTER } from './fixture';
import type { Ctx } from './workspace';

const churn = { name: 'churn' };
const requestOf = ({ fx, made }: Ctx) => ({ id: String(made.requestId ?? fx.requestId) });
const hook = ({ fx }: Ctx) => ({ id: String(fx.webhookId) });
const approve = (ctx: Ctx) => ({ params: requestOf(ctx), body: { decision: 'approve', comment: 'Recall gain holds.' } });

/** Promotion requests and their decisions, policies, protected aliases, deployments, retirement, retention and webhooks. */
export const GOVERNANCE_CASES: RestCase[] = [
  {
    route: 'models/[name]/versions/[version]/requests/route.ts',
    method: 'POST',
    allowed: OWNERS,
    request: () => ({ params: { ...churn, version: '4' }, body: { targetStage: 'production', justification: JUSTIFICATION } }),
  },
  // The teammate asked for v3, which the owner registered: neither may decide, reviewers and admins may.
  { route: 'requests/[id]/decision/route.ts', method: 'POST', allowed: DECIDERS, request: approve },
  { route: 'requests/[id]/decision/route.ts', method: 'POST', variant: 'request made by the admin', allowed: ['reviewer'], setup: adminsRequest, request: approve },
  { route: 'requests/[id]/decision/route.ts', method: 'POST', variant: 'version registered by the admin', allowed: ['reviewer'], setup: adminsVersion, request: approve },
  { route: 'requests/[id]/decision/route.ts', method: 'POST', variant: 'version registered by the reviewer', allowed: ADMIN, setup: reviewersVersion, request: approve },
  {
    route: 'requests/[id]/decision/route.ts',
    method: 'POST',
    variant: 'reject',
    allowed: DECIDERS,
    request: (ctx) => ({ params: requestOf(ctx), body: { decision: 'reject', comment: 'The card lacks the fairness analysis.' } }),
  },
  { route: 'requests/[id]/cancel/route.ts', method: 'POST', allowed: REQUESTER, request: (ctx) => ({ params: requestOf(ctx) }) },
  { route: 'requests/[id]/comments/route.ts', method: 'POST', allowed: COMMENTERS, request: (ctx) => ({ params: requestOf(ctx), body: { body: 'Which holdout?' } }) },
  { route: 'models/[name]/approval-policy/route.ts', method: 'PUT', allowed: ADMIN, request: () => ({ params: churn, body: STRICT_POLICY }) },
  { route: 'models/[name]/approval-policy/route.ts', method: 'DELETE', allowed: ADMIN, setup: modelPolicy, request: () => ({ params: churn }) },
  { route: 'models/[name]/protected-aliases/[alias]/route.ts', method: 'PUT', allowed: ADMIN, request: () => ({ params: { ...churn, alias: 'stable' } }) },
  { route: 'models/[name]/protected-aliases/[alias]/route.ts', method: 'DELETE', allowed: ADMIN, request: () => ({ params: { ...churn, alias: 'champion' } }) },
  {
    route: 'models/[name]/deployments/route.ts',
    method: 'POST',
    allowed: OWNERS,
    request: () => ({ params: churn, body: { environment: 'eu-west', endpoint: 'https://eu.serve.example.com/churn', championVersion: 2 } }),
  },
  // Rolling production back needs no ownership: it is the reviewers' and admins' emergency brake.
  { route: 'models/[name]/rollback/route.ts', method: 'POST', allowed: ['reviewer', 'admin'], request: () => ({ params: churn, body: { reason: 'Latency doubled after the release.' } }) },
  { route: 'models/[name]/retire/route.ts', method: 'POST', allowed: OWNERS, request: () => ({ params: { name: 'sandbox' }, body: { reason: 'Replaced by churn.' } }) },
  { route: 'models/[name]/versions/[version]/retire/route.ts', method: 'POST', allowed: OWNERS, request: () => ({ params: { ...churn, version: '4' }, body: { reason: 'Never shipped.' } }) },
  { route: 'admin/retention/purge/route.ts', method: 'POST', allowed: ADMIN, request: () => ({ body: { retiredBeforeDays: 0 } }) },
  { route: 'webhooks/route.ts', method: 'POST', allowed: ADMIN, request: () => ({ body: { url: 'https://hooks.example.com/registry', events: ['*'] } }) },
  { route: 'webhooks/[id]/route.ts', method: 'PATCH', allowed: ADMIN, request: (ctx) => ({ params: hook(ctx), body: { description: 'CI retraining trigger' } }) },
  { route: 'webhooks/[id]/route.ts', method: 'DELETE', allowed: ADMIN, request: (ctx) => ({ params: hook(ctx) }) },
  { route: 'webhooks/[id]/rotate-secret/route.ts', method: 'POST', allowed: ADMIN, request: (ctx) => ({ params: hook(ctx) }) },
  { route: 'webhooks/[id]/test/route.ts', method: 'POST', allowed: ADMIN, request: (ctx) => ({ params: hook(ctx) }) },
  {
    route: 'webhooks/[id]/deliveries/[deliveryId]/redeliver/route.ts',
    method: 'POST',
    allowed: ADMIN,
    request: (ctx) => ({ params: { ...hook(ctx), deliveryId: ctx.fx.failedDeliveryId } }),
  },
];
