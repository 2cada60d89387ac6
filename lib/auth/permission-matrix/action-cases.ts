import { MODEL_CARD_SECTIONS } from '@/db/schema';
import { idle } from '@/lib/actions/result';
import { beginAttempt } from '@/lib/auth/throttle/failures';
import { LIMITS } from '@/lib/auth/throttle/limits';
import { adminsRequest, adminsVersion, modelPolicy, othersComment, othersToken, ownComment, ownToken, reviewersVersion, type ActionCase } from './cases';
import { ADMIN, AUTHORS, COMMENTERS, DECIDERS, EVERY_MEMBER, JUSTIFICATION, NOBODY, OWNERS, REQUESTER } from './fixture';
import type { Ctx, Made } from './workspace';

/** A bystander locked out by wrong passwords from one address, so an unlock has something to clear. */
function lockedBystander({ fx }: Ctx): Made {
  const now = Date.now();
  for (let i = 0; i < LIMITS.accountOnNetwork.failures; i += 1) beginAttempt(fx.users.reviewer2.email, '203.0.113.7', now);
  return {};
}

/** A form as the browser posts it: repeated keys for arrays. */
function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

const requestId = ({ fx, made }: Ctx) => Number(made.requestId ?? fx.requestId);
const WEBHOOK_FORM = { url: 'https://hooks.example.com/registry', events: '*', active: 'true', description: 'CI' };
const MODELS = '(app)/models/actions.ts';
const VERSION = '(app)/models/[name]/versions/[version]/actions.ts';
const GOVERNANCE = '(app)/models/[name]/governance-actions.ts';
const REVIEWS = '(app)/reviews/actions.ts';
const WEBHOOKS = '(app)/admin/webhooks/actions.ts';
const TOKENS = '(app)/settings/tokens/actions.ts';

/** Every exported server action, with a form only authorization can refuse. */
export const ACTION_CASES: ActionCase[] = [
  { file: MODELS, action: 'createModelAction', allowed: AUTHORS, args: () => [idle, form({ name: 'fresh', taskType: 'classification' })] },
  { file: MODELS, action: 'updateModelAction', allowed: OWNERS, args: () => ['churn', idle, form({ description: 'Predicts churn a month ahead.' })] },
  { file: MODELS, action: 'updateModelAction', variant: 'risk tier', allowed: ADMIN, args: () => ['churn', idle, form({ riskTier: 'low' })] },
  { file: MODELS, action: 'aliasAction', variant: 'set', allowed: OWNERS, args: () => ['churn', idle, form({ alias: 'shadow', version: '4' })] },
  { file: MODELS, action: 'aliasAction', variant: 'delete', allowed: OWNERS, args: () => ['churn', idle, form({ intent: 'delete', alias: 'challenger' })] },
  { file: MODELS, action: 'deleteModelAction', allowed: OWNERS, args: () => ['sandbox'] },
  { file: VERSION, action: 'updateCardAction', allowed: OWNERS, args: () => ['churn', 4, idle, form({ [MODEL_CARD_SECTIONS[0]]: 'Rewritten overview.' })] },
  { file: VERSION, action: 'verifyArtifactAction', allowed: EVERY_MEMBER, args: ({ fx }) => [fx.artifactId] },
  { file: VERSION, action: 'deleteVersionAction', allowed: OWNERS, args: () => ['sandbox', 1] },
  { file: VERSION, action: 'addCommentAction', allowed: COMMENTERS, args: () => ['churn', 3, idle, form({ body: 'Recall holds on the holdout.' })] },
  { file: VERSION, action: 'editCommentAction', variant: 'own comment', allowed: COMMENTERS, setup: ownComment, args: ({ made }) => [made.commentId, idle, form({ body: 'Reworded.' })] },
  { file: VERSION, action: 'editCommentAction', variant: "someone else's comment", allowed: NOBODY, setup: othersComment, args: ({ made }) => [made.commentId, idle, form({ body: 'Reworded.' })] },
  {
    file: '(app)/models/[name]/versions/[version]/governance-actions.ts',
    action: 'createRequestAction',
    allowed: OWNERS,
    args: () => ['churn', 4, idle, form({ targetStage: 'production', alias: '', justification: JUSTIFICATION })],
  },
  {
    file: GOVERNANCE,
    action: 'setPolicyAction',
    variant: 'set',
    allowed: ADMIN,
    args: () => ['churn', idle, form({ requiredApprovals: '2', expiryHours: '48', cardComplete: 'on', lineage: 'on', noCriticalAlert: 'on', metrics: 'accuracy >= 0.8' })],
  },
  { file: GOVERNANCE, action: 'setPolicyAction', variant: 'reset', allowed: ADMIN, setup: modelPolicy, args: () => ['churn', idle, form({ intent: 'reset' })] },
  { file: GOVERNANCE, action: 'aliasProtectionAction', variant: 'protect', allowed: ADMIN, args: () => ['churn', idle, form({ alias: 'stable' })] },
  { file: GOVERNANCE, action: 'aliasProtectionAction', variant: 'release', allowed: ADMIN, args: () => ['churn', idle, form({ intent: 'release', alias: 'champion' })] },
  { file: REVIEWS, action: 'decideRequestAction', allowed: DECIDERS, args: (ctx) => [requestId(ctx), idle, form({ decision: 'approve' })] },
  { file: REVIEWS, action: 'decideRequestAction', variant: 'request made by the admin', allowed: ['reviewer'], setup: adminsRequest, args: (ctx) => [requestId(ctx), idle, form({ decision: 'approve' })] },
  { file: REVIEWS, action: 'decideRequestAction', variant: 'version registered by the admin', allowed: ['reviewer'], setup: adminsVersion, args: (ctx) => [requestId(ctx), idle, form({ decision: 'approve' })] },
  { file: REVIEWS, action: 'decideRequestAction', variant: 'version registered by the reviewer', allowed: ADMIN, setup: reviewersVersion, args: (ctx) => [requestId(ctx), idle, form({ decision: 'approve' })] },
  { file: REVIEWS, action: 'cancelRequestAction', allowed: REQUESTER, args: (ctx) => [requestId(ctx)] },
  { file: REVIEWS, action: 'addRequestCommentAction', allowed: COMMENTERS, args: (ctx) => [requestId(ctx), idle, form({ body: 'Which holdout?' })] },
  {
    file: '(app)/models/[name]/deployments/actions.ts',
    action: 'deployAction',
    allowed: OWNERS,
    args: () => ['churn', idle, form({ environment: 'eu-west', endpoint: 'https://eu.serve.example.com/churn', championVersion: '2', challengerVersion: '', challengerWeight: '' })],
  },
  { file: '(app)/models/[name]/deployments/actions.ts', action: 'rollbackAction', allowed: DECIDERS, args: () => ['churn', idle, form({ reason: 'Latency doubled after the release.' })] },
  { file: '(app)/models/[name]/retire-actions.ts', action: 'retireVersionAction', allowed: OWNERS, args: () => ['churn', 4, idle, form({ reason: 'Never shipped.' })] },
  { file: '(app)/models/[name]/retire-actions.ts', action: 'retireModelAction', allowed: OWNERS, args: () => ['sandbox', idle, form({ reason: 'Replaced by churn.' })] },
  { file: '(app)/compare/actions.ts', action: 'setDirectionAction', allowed: OWNERS, args: () => ['churn', 'latency', 'lower'] },
  { file: '(app)/admin/retention/actions.ts', action: 'purgeRetiredArtifactsAction', allowed: ADMIN, args: () => [idle, form({ retiredBeforeDays: '0', model: '' })] },
  {
    file: '(app)/admin/users/actions.ts',
    action: 'createUserAction',
    allowed: ADMIN,
    args: () => [idle, form({ email: 'new.hire@example.com', name: 'New Hire', password: 'a long enough password', role: 'data_scientist', team: 'crm' })],
  },
  { file: '(app)/admin/users/actions.ts', action: 'updateUserAction', variant: 'promote', allowed: ADMIN, args: ({ fx }) => [fx.users.viewer.id, idle, form({ role: 'admin' })] },
  { file: '(app)/admin/users/actions.ts', action: 'updateUserAction', variant: 'deactivate', allowed: ADMIN, args: ({ fx }) => [fx.users.reviewer2.id, idle, form({ active: 'false' })] },
  { file: '(app)/admin/users/actions.ts', action: 'unlockSignInAction', allowed: ADMIN, setup: lockedBystander, args: ({ fx }) => [fx.users.reviewer2.id] },
  { file: WEBHOOKS, action: 'createWebhookAction', allowed: ADMIN, args: () => [idle, form(WEBHOOK_FORM)] },
  { file: WEBHOOKS, action: 'updateWebhookAction', allowed: ADMIN, args: ({ fx }) => [fx.webhookId, idle, form({ ...WEBHOOK_FORM, active: 'false' })] },
  { file: WEBHOOKS, action: 'rotateSecretAction', allowed: ADMIN, args: ({ fx }) => [fx.webhookId] },
  { file: WEBHOOKS, action: 'deleteWebhookAction', allowed: ADMIN, args: ({ fx }) => [fx.webhookId] },
  { file: WEBHOOKS, action: 'sendTestEventAction', allowed: ADMIN, args: ({ fx }) => [fx.webhookId] },
  { file: WEBHOOKS, action: 'redeliverAction', allowed: ADMIN, args: ({ fx }) => [fx.webhookId, fx.failedDeliveryId] },
  { file: TOKENS, action: 'createTokenAction', allowed: EVERY_MEMBER, args: () => [idle, form({ name: 'ci', expiresInDays: '30' })] },
  { file: TOKENS, action: 'revokeTokenAction', variant: 'own token', allowed: EVERY_MEMBER, setup: ownToken, args: ({ made }) => [made.tokenId] },
  // Someone else's token is answered as if it did not exist, so ids cannot be probed.
  { file: TOKENS, action: 'revokeTokenAction', variant: "someone else's token", allowed: NOBODY, refusal: 'No such active token.', setup: othersToken, args: ({ made }) => [made.tokenId] },
];

/** Sign-in and sign-out run before there is anyone to authorize. */
export const EXEMPT_ACTIONS = ['login/actions.ts#loginAction', 'login/actions.ts#signOutAction'];
