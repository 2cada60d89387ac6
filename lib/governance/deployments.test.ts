import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET as routingRoute } from '@/app/api/v1/models/[name]/routing/route';
import { GET as listRoute, POST as deployRoute } from '@/app/api/v1/models/[name]/deployments/route';
import { getDb } from '@/db/client';
import { auditLog, modelVersions } from '@/db/schema';
import { uploadArtifactUseCase } from '@/lib/registry/artifacts';
import { createModelUseCase } from '@/lib/registry/models';
import { transitionStageUseCase } from '@/lib/registry/stages';
import { deleteVersionUseCase } from '@/lib/registry/deletes';
import { retireModelUseCase, retireVersionUseCase } from '@/lib/registry/retire';
import { createVersionUseCase } from '@/lib/registry/versions';
import { callRoute } from '@/lib/testing/call-route';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import { deployUseCase, listDeployments } from './deployments';
import { getRoutingDocument } from './routing';

withTempWorkspace();

const endpoint = 'https://serving.example.com/churn';

/** churn: v1 development, v2 production with an uploaded artifact, v3 staging, v4 retired. */
async function setup() {
  const admin = await makeActor('admin');
  const ds = await makeActor('data_scientist', 'crm');
  createModelUseCase(ds, { name: 'churn', taskType: 'classification' });
  for (const v of [1, 2, 3, 4]) createVersionUseCase(ds, 'churn', { sourceUri: `s3://models/churn/${v}` });
  const bytes = Buffer.from('model-bytes');
  const artifact = await uploadArtifactUseCase(ds, { modelName: 'churn', version: 2, fileName: 'model.onnx', body: (async function* () { yield new Uint8Array(bytes); })() });
  transitionStageUseCase(admin, 'churn', 2, { stage: 'production' });
  transitionStageUseCase(admin, 'churn', 3, { stage: 'staging' });
  getDb().update(modelVersions).set({ stage: 'retired' }).where(eq(modelVersions.version, 4)).run();
  return { admin, ds, artifact, sha: crypto.createHash('sha256').update(bytes).digest('hex') };
}

const abTest = { environment: 'prod', endpoint, championVersion: 2, challengerVersion: 3, challengerWeight: 10, note: 'A/B test' };

describe('deployments', () => {
  it('deploys a champion and a 90/10 challenger and publishes them in the routing document', async () => {
    const { ds, artifact, sha } = await setup();
    expect(getRoutingDocument(ds, 'churn').document.environments).toEqual([]);
    const created = deployUseCase(ds, 'churn', abTest);
    expect(created).toMatchObject({ environment: 'prod', championVersion: 2, challengerVersion: 3, challengerWeight: 10, kind: 'deploy', createdBy: ds.name, live: true });

    const { document } = getRoutingDocument(ds, 'churn');
    expect(document.model).toBe('churn');
    const [prod] = document.environments;
    expect(prod).toMatchObject({ environment: 'prod', endpoint, deployedBy: ds.name, kind: 'deploy' });
    expect(prod!.routes).toEqual([
      { role: 'champion', version: 2, stage: 'production', weight: 90, sha256: sha, sourceUri: 's3://models/churn/2', artifacts: [{ fileName: 'model.onnx', sha256: sha, size: 11, uri: `/api/v1/artifacts/${artifact.id}` }] },
      { role: 'challenger', version: 3, stage: 'staging', weight: 10, sha256: null, sourceUri: 's3://models/churn/3', artifacts: [] },
    ]);

    const audit = getDb().select().from(auditLog).where(eq(auditLog.action, 'deployment.create')).all();
    expect(audit).toMatchObject([{ entityType: 'model', before: null, after: { environment: 'prod', championVersion: 2, challengerVersion: 3, challengerWeight: 10 } }]);
  });

  it('keeps older deployments as history and audits the one replaced', async () => {
    const { ds } = await setup();
    deployUseCase(ds, 'churn', abTest);
    deployUseCase(ds, 'churn', { environment: 'prod', endpoint, championVersion: 2 });
    deployUseCase(ds, 'churn', { environment: 'eu-west', endpoint, championVersion: 2 });
    const history = listDeployments(ds, 'churn');
    expect(history.map((d) => [d.environment, d.challengerVersion, d.live])).toEqual([
      ['eu-west', null, true],
      ['prod', null, true],
      ['prod', 3, false],
    ]);
    const [, replaced] = getDb().select().from(auditLog).where(eq(auditLog.action, 'deployment.create')).all();
    expect(replaced).toMatchObject({ before: { challengerVersion: 3, challengerWeight: 10 }, after: { challengerVersion: null, challengerWeight: 0 } });
    expect(getRoutingDocument(ds, 'churn').document.environments.map((e) => e.routes.map((r) => r.weight))).toEqual([[100], [100]]);
  });

  it('refuses invalid deployments and changes nothing', async () => {
    const { ds } = await setup();
    const before = tableCounts();
    const refused = async (input: object) => expectAppError(() => deployUseCase(ds, 'churn', { ...abTest, ...input }));
    expect((await refused({ championVersion: 3, challengerVersion: undefined, challengerWeight: undefined })).message).toMatch(/champion must be in production; version 3 is in staging/);
    const retired = await refused({ challengerVersion: 4 });
    expect([retired.code, retired.message]).toEqual(['invalid_state:deployment', 'Version 4 is retired and cannot be deployed.']);
    expect((await refused({ challengerVersion: 1 })).message).toMatch(/staging or production; version 1 is in development/);
    expect((await refused({ challengerWeight: 0 })).fieldErrors).toHaveProperty('challengerWeight');
    expect((await refused({ challengerWeight: 100 })).fieldErrors).toHaveProperty('challengerWeight');
    expect((await refused({ challengerVersion: undefined, challengerWeight: 20 })).fieldErrors).toHaveProperty('challengerWeight');
    const twice = await refused({ challengerVersion: 2 });
    expect([twice.status, twice.fieldErrors]).toEqual([400, { challengerVersion: ['The challenger must be another version than the champion.'] }]);
    expect((await refused({ environment: 'Prod!' })).fieldErrors).toHaveProperty('environment');
    expect((await refused({ endpoint: 'ftp://serving.example.com' })).fieldErrors).toHaveProperty('endpoint');
    expect((await refused({ championVersion: 9 })).status).toBe(404);
    expect(tableCounts()).toEqual(before);
  });

  it('lets only the owning team and admins deploy', async () => {
    const { admin } = await setup();
    const outsiders = [await makeActor('viewer'), await makeActor('reviewer'), await makeActor('data_scientist', 'other-team')];
    const before = tableCounts();
    for (const actor of outsiders) {
      expect((await expectAppError(() => deployUseCase(actor, 'churn', abTest))).code).toBe('forbidden:deployment');
    }
    expect(tableCounts()).toEqual(before);
    expect(deployUseCase(admin, 'churn', abTest).createdBy).toBe(admin.name);
  });
});

describe('the deployment routes', () => {
  it('deploys with 201, lists, and answers a routing poll with an ETag and 304 until it changes', async () => {
    const { ds } = await setup();
    const token = createTokenUseCase(ds, { name: 't' }).token;
    const viewerToken = createTokenUseCase(await makeActor('viewer'), { name: 't' }).token;
    const params = { name: 'churn' };
    const path = '/api/v1/models/churn/deployments';
    expect((await callRoute(deployRoute, token, { method: 'POST', path, params, body: abTest })).status).toBe(201);
    expect((await callRoute(deployRoute, token, { method: 'POST', path, params, body: { ...abTest, weight: 5 } })).body.error.code).toBe('bad_request:json');
    expect((await callRoute(listRoute, viewerToken, { path, params })).body.deployments).toHaveLength(1);

    const poll = (etag?: string) =>
      routingRoute(
        new NextRequest('http://localhost/api/v1/models/churn/routing', { headers: { authorization: `Bearer ${viewerToken}`, ...(etag ? { 'if-none-match': etag } : {}) } }),
        { params: Promise.resolve(params) },
      );
    const first = await poll();
    const etag = first.headers.get('etag')!;
    expect([first.status, first.headers.get('cache-control'), etag]).toEqual([200, 'no-cache', expect.stringMatching(/^"[\w-]+"$/)]);
    expect((await first.json()).environments[0].routes).toHaveLength(2);
    const unchanged = await poll(`W/${etag}`);
    expect([unchanged.status, unchanged.headers.get('etag'), await unchanged.text()]).toEqual([304, etag, '']);

    deployUseCase(ds, 'churn', { environment: 'prod', endpoint, championVersion: 2 });
    const changed = await poll(etag);
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });
});

describe('retirement and deployments', () => {
  it('keeps a serving version from being retired, and a retired model routes nowhere', async () => {
    const { ds } = await setup();
    deployUseCase(ds, 'churn', abTest);
    const before = tableCounts();
    const serving = await expectAppError(() => retireVersionUseCase(ds, 'churn', 3, { reason: 'Superseded.' }));
    expect(serving.message).toBe('Version 3 serves in the live deployment of "prod": deploy another version there or roll back first.');
    const deleting = await expectAppError(() => deleteVersionUseCase(ds, 'churn', 3));
    expect(deleting.message).toBe('Version 3 serves in the live deployment of "prod": deploy another version there first.');
    expect(tableCounts()).toEqual(before);
    retireModelUseCase(ds, 'churn', { reason: 'Churn is now predicted by the CRM vendor.' });
    const { document } = getRoutingDocument(ds, 'churn');
    expect(document.environments).toEqual([]);
    expect(document.retiredAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
