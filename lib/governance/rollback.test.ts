import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { POST as rollbackRoute } from '@/app/api/v1/models/[name]/rollback/route';
import { getDb } from '@/db/client';
import { auditLog, modelAliases, modelVersions, stageTransitions, webhookEvents } from '@/db/schema';
import { pointAlias, setAliasUseCase } from '@/lib/registry/aliases';
import { createModelUseCase } from '@/lib/registry/models';
import { transitionStageUseCase } from '@/lib/registry/stages';
import { createVersionUseCase } from '@/lib/registry/versions';
import { callRoute } from '@/lib/testing/call-route';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import type { EventPayload } from '@/lib/webhooks/payload';
import { createWebhookUseCase } from '@/lib/webhooks/use-cases';
import { deployUseCase, listDeployments } from './deployments';
import { setAliasProtectionUseCase } from './protected-aliases';
import { rollbackTarget, rollbackUseCase } from './rollback';

withTempWorkspace();

const endpoint = 'https://serving.example.com/churn';
const stages = () => getDb().select({ version: modelVersions.version, stage: modelVersions.stage }).from(modelVersions).orderBy(modelVersions.version).all();

/** churn: v1 was in production before v2 (now archived), v3 in staging; v2 serves in prod (with v3 at 20 %) and eu. */
async function setup() {
  const admin = await makeActor('admin');
  const ds = await makeActor('data_scientist', 'crm');
  createModelUseCase(ds, { name: 'churn', taskType: 'classification' });
  for (let i = 0; i < 3; i += 1) createVersionUseCase(ds, 'churn', {});
  for (const [version, stage] of [[1, 'production'], [2, 'production'], [3, 'staging']] as const) transitionStageUseCase(admin, 'churn', version, { stage });
  deployUseCase(ds, 'churn', { environment: 'prod', endpoint, championVersion: 2, challengerVersion: 3, challengerWeight: 20 });
  deployUseCase(ds, 'churn', { environment: 'eu', endpoint, championVersion: 2 });
  return { admin, ds };
}

describe('rollback', () => {
  it('swaps production back, re-points the deployments, audits and announces it', async () => {
    const { admin } = await setup();
    const reviewer = await makeActor('reviewer');
    createWebhookUseCase(admin, { url: 'https://hooks.example.com/in', events: ['deployment.rolled_back'] });
    const auditBefore = getDb().select().from(auditLog).all().length;
    expect(rollbackTarget(reviewer, 'churn')).toEqual({ from: 2, to: 1 });

    expect(rollbackUseCase(reviewer, 'churn', { reason: 'Latency regression in prod' })).toEqual({ from: 2, to: 1, environments: ['eu', 'prod'] });
    expect(stages()).toEqual([
      { version: 1, stage: 'production' },
      { version: 2, stage: 'archived' },
      { version: 3, stage: 'staging' },
    ]);
    const live = listDeployments(reviewer, 'churn').filter((d) => d.live);
    expect(live.map((d) => [d.environment, d.kind, d.championVersion, d.challengerVersion, d.challengerWeight, d.note])).toEqual([
      ['eu', 'rollback', 1, null, 0, 'Latency regression in prod'],
      ['prod', 'rollback', 1, 3, 20, 'Latency regression in prod'],
    ]);

    const audit = getDb().select().from(auditLog).all().slice(auditBefore);
    expect(audit.map((a) => a.action)).toEqual(['version.stage', 'version.stage', 'deployment.rollback']);
    expect(audit.at(-1)).toMatchObject({ actorId: reviewer.id, entityType: 'model', before: { productionVersion: 2 }, after: { productionVersion: 1, reason: 'Latency regression in prod' } });
    const transitions = getDb().select().from(stageTransitions).where(eq(stageTransitions.cause, 'rollback')).all();
    expect(transitions.map((t) => [t.fromStage, t.toStage])).toEqual([['production', 'archived'], ['archived', 'production']]);

    const [event, ...others] = getDb().select().from(webhookEvents).all();
    expect(others).toEqual([]);
    expect(event!.type).toBe('deployment.rolled_back');
    expect((JSON.parse(event!.payload) as EventPayload).data).toMatchObject({ model: 'churn', after: { productionVersion: 1 } });
    // v2 was rolled back, so it is not where the next rollback goes, and nothing earlier is archived.
    expect(rollbackTarget(reviewer, 'churn')).toBeNull();
  });

  it('drops a challenger that becomes the champion', async () => {
    const { admin, ds } = await setup();
    transitionStageUseCase(admin, 'churn', 3, { stage: 'production' });
    transitionStageUseCase(admin, 'churn', 2, { stage: 'staging' });
    deployUseCase(ds, 'churn', { environment: 'prod', endpoint, championVersion: 3, challengerVersion: 2, challengerWeight: 50 });
    transitionStageUseCase(admin, 'churn', 2, { stage: 'archived' });
    expect(rollbackUseCase(admin, 'churn', { reason: 'back to v2' })).toMatchObject({ from: 3, to: 2, environments: ['prod'] });
    expect(listDeployments(admin, 'churn')[0]).toMatchObject({ environment: 'prod', championVersion: 2, challengerVersion: null, challengerWeight: 0 });
  });

  it('refuses data scientists, a missing reason, and a model with nothing to roll back to', async () => {
    const { ds, admin } = await setup();
    const reviewer = await makeActor('reviewer');
    const before = tableCounts();
    expect((await expectAppError(() => rollbackUseCase(ds, 'churn', { reason: 'please' }))).status).toBe(403);
    expect(rollbackTarget(ds, 'churn')).toBeNull();
    expect((await expectAppError(() => rollbackUseCase(reviewer, 'churn', { reason: ' ' }))).fieldErrors).toHaveProperty('reason');
    expect(tableCounts()).toEqual(before);

    createModelUseCase(ds, { name: 'fresh', taskType: 'regression' });
    createVersionUseCase(ds, 'fresh', {});
    const none = await expectAppError(() => rollbackUseCase(reviewer, 'fresh', { reason: 'try it' }));
    expect([none.code, none.message]).toEqual(['invalid_state:rollback', 'Model "fresh" has no version in production to roll back.']);
    transitionStageUseCase(admin, 'fresh', 1, { stage: 'production' });
    const first = await expectAppError(() => rollbackUseCase(reviewer, 'fresh', { reason: 'try it' }));
    expect(first.message).toMatch(/No earlier production version of "fresh" is still archived/);
    expect(rollbackTarget(reviewer, 'fresh')).toBeNull();
  });

  it('rolls back through the route with a reviewer token', async () => {
    await setup();
    const token = createTokenUseCase(await makeActor('reviewer'), { name: 't' }).token;
    const call = (body: unknown) => callRoute(rollbackRoute, token, { method: 'POST', path: '/api/v1/models/churn/rollback', params: { name: 'churn' }, body });
    expect(await call({ reason: 'bad canary' })).toEqual({ status: 200, body: { from: 2, to: 1, environments: ['eu', 'prod'] } });
    expect((await call({ reason: 'again', force: true })).status).toBe(400);
  });
});

describe('rollback after a promotion', () => {
  it('takes the rolled-back version out of the A/B test it was challenging in, and brings the protected alias back', async () => {
    const admin = await makeActor('admin');
    const ds = await makeActor('data_scientist', 'crm');
    createModelUseCase(ds, { name: 'churn', taskType: 'classification' });
    for (let i = 0; i < 2; i += 1) createVersionUseCase(ds, 'churn', {});
    transitionStageUseCase(admin, 'churn', 1, { stage: 'production' });
    transitionStageUseCase(admin, 'churn', 2, { stage: 'staging' });
    setAliasUseCase(ds, 'churn', { alias: 'champion', version: 1 });
    setAliasProtectionUseCase(admin, 'churn', { alias: 'champion' }, true);
    deployUseCase(ds, 'churn', { environment: 'prod', endpoint, championVersion: 1, challengerVersion: 2, challengerWeight: 20 });
    transitionStageUseCase(admin, 'churn', 2, { stage: 'production' });
    pointAlias(getDb(), 1, 'champion', { id: 2, version: 2 }, admin.id);

    expect(rollbackUseCase(admin, 'churn', { reason: 'v2 doubles latency.' })).toEqual({ from: 2, to: 1, environments: ['prod'] });
    const live = listDeployments(admin, 'churn').find((d) => d.live);
    expect(live).toMatchObject({ championVersion: 1, challengerVersion: null, challengerWeight: 0, kind: 'rollback' });
    expect(getDb().select({ alias: modelAliases.alias, versionId: modelAliases.versionId }).from(modelAliases).all()).toEqual([{ alias: 'champion', versionId: 1 }]);
  });
});
