import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { monitoringAlerts, webhookDeliveries } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { createRequestUseCase } from '@/lib/governance/requests';
import { deployUseCase } from '@/lib/governance/deployments';
import { setAliasProtectionUseCase } from '@/lib/governance/protected-aliases';
import { ingestBatchUseCase } from '@/lib/monitoring/batches';
import { setMonitoringPolicyUseCase } from '@/lib/monitoring/policy-store';
import { uploadReferenceUseCase } from '@/lib/monitoring/references';
import { setAliasUseCase } from '@/lib/registry/aliases';
import { uploadArtifactUseCase } from '@/lib/registry/artifacts';
import { updateModelCardUseCase } from '@/lib/registry/model-cards';
import { createModelUseCase } from '@/lib/registry/models';
import { retireVersionUseCase } from '@/lib/registry/retire';
import { transitionStageUseCase } from '@/lib/registry/stages';
import { setModelTagUseCase, setVersionTagUseCase } from '@/lib/registry/tags';
import { createVersionUseCase } from '@/lib/registry/versions';
import { FULL_CARD } from '@/lib/testing/governance-fixture';
import { chunked, table } from '@/lib/testing/monitoring-tables';
import { makeActor } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import { createRunUseCase } from '@/lib/tracking/runs';
import { updateUserUseCase } from '@/lib/users/use-cases';
import { sendTestEventUseCase } from '@/lib/webhooks/delivery-use-cases';
import { createWebhookUseCase } from '@/lib/webhooks/use-cases';

/** Who tries each use case: the four roles, a data scientist of another team, nobody, and a deactivated admin. */
export const ACTOR_KINDS = ['viewer', 'data_scientist', 'outsider', 'reviewer', 'admin', 'signed_out', 'deactivated'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
/** The kinds that are signed in with an active account: only these can ever be allowed. */
export type Member = Exclude<ActorKind, 'signed_out' | 'deactivated'>;

export const EVERY_MEMBER: readonly Member[] = ['viewer', 'data_scientist', 'outsider', 'reviewer', 'admin'];
/** Model writes: the owner's team and admins. */
export const OWNERS: readonly Member[] = ['data_scientist', 'admin'];
/** Writes that need a role but no ownership (new models, runs). */
export const AUTHORS: readonly Member[] = ['data_scientist', 'outsider', 'admin'];
export const COMMENTERS: readonly Member[] = ['data_scientist', 'outsider', 'reviewer', 'admin'];
export const DECIDERS: readonly Member[] = ['reviewer', 'admin'];
export const ADMIN: readonly Member[] = ['admin'];
export const NOBODY: readonly Member[] = [];
/** The fixture's promotion request was made by the teammate: they and admins may withdraw it. */
export const REQUESTER: readonly Member[] = ['data_scientist', 'admin'];
/** The fixture's run was started by the teammate: they and admins may write to it. */
export const RUN_WRITERS: readonly Member[] = ['data_scientist', 'admin'];
/** Reviewers and admins triage every alert; data scientists those of their team's models. */
export const TRIAGERS: readonly Member[] = ['data_scientist', 'reviewer', 'admin'];

export interface Fixture {
  /** `data_scientist` is the owner's teammate; `former` is the deactivated admin. */
  users: Record<Member | 'owner' | 'reviewer2' | 'former', Actor>;
  tokens: Record<Member | 'former', string>;
  runUuid: string;
  experimentId: number;
  artifactId: number;
  requestId: number;
  batchId: number;
  alertId: number;
  webhookId: number;
  failedDeliveryId: string;
}

export const JUSTIFICATION = 'Better recall on last quarter’s churners.';

/** A version that passes every default gate: a full card, a dataset and the commit that trained it. */
export function readyVersion(author: Actor, model: string): number {
  const dataset = { name: `${model}-data`, version: '1', contentHash: 'a'.repeat(64), role: 'training' as const };
  const { version } = createVersionUseCase(author, model, { codeCommit: 'abcdef1', datasets: [dataset] });
  updateModelCardUseCase(author, model, version, FULL_CARD);
  return version;
}

/** A pending request for a version of churn to reach staging; returns its id. */
export const requestPromotion = (requester: Actor, version: number) => createRequestUseCase(requester, 'churn', version, { targetStage: 'staging', justification: JUSTIFICATION }).id;

async function people() {
  const users = {
    owner: await makeActor('data_scientist', 'crm'),
    data_scientist: await makeActor('data_scientist', 'crm'),
    outsider: await makeActor('data_scientist', 'fraud'),
    viewer: await makeActor('viewer'),
    reviewer: await makeActor('reviewer'),
    reviewer2: await makeActor('reviewer'),
    admin: await makeActor('admin'),
    former: await makeActor('admin'),
  };
  const token = (actor: Actor) => createTokenUseCase(actor, { name: 'matrix' }).token;
  const tokens = {
    viewer: token(users.viewer),
    data_scientist: token(users.data_scientist),
    outsider: token(users.outsider),
    reviewer: token(users.reviewer),
    admin: token(users.admin),
    former: token(users.former),
  };
  updateUserUseCase(users.admin, users.former.id, { active: false });
  return { users, tokens };
}

/**
 * churn (team crm, medium risk, owned by `owner`): v1 archived after production, v2 in production
 * with a live `prod` deployment, a reference, a drifted batch and its open alerts; v3 in development
 * with a pending staging request by the teammate, the `challenger` alias, a tag and an artifact; v4
 * ready with no request. `champion` is protected. sandbox (team crm, low risk): v1 in development,
 * v2 retired with an artifact, due for the retention rule.
 */
async function churn({ owner, data_scientist, admin }: Fixture['users']) {
  createModelUseCase(owner, { name: 'churn', taskType: 'classification', team: 'crm', tags: { domain: 'retail' } });
  const run = createRunUseCase(data_scientist, { experimentName: 'churn-training', name: 'baseline' });
  for (let i = 0; i < 4; i++) readyVersion(owner, 'churn');
  transitionStageUseCase(admin, 'churn', 1, { stage: 'production' });
  transitionStageUseCase(admin, 'churn', 2, { stage: 'production' });
  deployUseCase(owner, 'churn', { environment: 'prod', endpoint: 'https://serve.example.com/churn', championVersion: 2 });
  setVersionTagUseCase(owner, 'churn', 3, { key: 'candidate', value: 'yes' });
  setModelTagUseCase(owner, 'churn', { key: 'stage-gate', value: 'manual' });
  setAliasUseCase(owner, 'churn', { alias: 'challenger', version: 3 });
  setAliasProtectionUseCase(admin, 'churn', { alias: 'champion' }, true);
  const artifact = await uploadArtifactUseCase(owner, { modelName: 'churn', version: 3, fileName: 'model.json', body: chunked('{"weights":[1,2,3]}') });
  const requestId = requestPromotion(data_scientist, 3);
  await uploadReferenceUseCase(owner, { modelName: 'churn', version: 2, format: 'csv', body: chunked(table({ rows: 300, seed: 1, label: true })), prediction: 'prediction', label: 'label' });
  setMonitoringPolicyUseCase(owner, 'churn', { critical: ['age'] });
  const batch = await ingestBatchUseCase(owner, { modelName: 'churn', version: 2, format: 'csv', body: chunked(table({ rows: 200, seed: 2, shift: 20 })) });
  const alert = getDb().select({ id: monitoringAlerts.id }).from(monitoringAlerts).orderBy(desc(monitoringAlerts.id)).get();
  if (!alert) throw new Error('the drifted batch raised no alert');
  return { runUuid: run.uuid, experimentId: run.experimentId, artifactId: artifact.id, requestId, batchId: batch.id, alertId: alert.id };
}

async function sandbox({ owner }: Fixture['users']) {
  createModelUseCase(owner, { name: 'sandbox', taskType: 'regression', team: 'crm', riskTier: 'low' });
  createVersionUseCase(owner, 'sandbox', {});
  createVersionUseCase(owner, 'sandbox', {});
  await uploadArtifactUseCase(owner, { modelName: 'sandbox', version: 2, fileName: 'model.onnx', body: chunked('onnx bytes') });
  retireVersionUseCase(owner, 'sandbox', 2, { reason: 'Superseded by v1 retraining.' });
}

function webhook({ admin }: Fixture['users']) {
  const { webhook: hook } = createWebhookUseCase(admin, { url: 'https://ci.example.com/modelboard', events: ['*'] });
  const delivery = sendTestEventUseCase(admin, hook.id);
  getDb().update(webhookDeliveries).set({ status: 'failed', completedAt: Date.now() }).where(eq(webhookDeliveries.uuid, delivery.id)).run();
  return { webhookId: hook.id, failedDeliveryId: delivery.id };
}

/** Builds the shared workspace through the use cases, as the app would have. */
export async function buildFixture(): Promise<Fixture> {
  const { users, tokens } = await people();
  const ids = await churn(users);
  await sandbox(users);
  return { users, tokens, ...ids, ...webhook(users) };
}
