import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import * as purgeRoute from '@/app/api/v1/admin/retention/purge/route';
import * as modelRetireRoute from '@/app/api/v1/models/[name]/retire/route';
import * as versionRetireRoute from '@/app/api/v1/models/[name]/versions/[version]/retire/route';
import { getDb } from '@/db/client';
import { promotionRequests } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { callRoute } from '@/lib/testing/call-route';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import { setAliasUseCase } from './aliases';
import { blobPath } from './artifact-store';
import { getArtifactDownload, uploadArtifactUseCase } from './artifacts';
import { createModelUseCase } from './models';
import { purgeRetiredArtifactsUseCase, retireModelUseCase, retireVersionUseCase } from './retire';
import { transitionStageUseCase } from './stages';
import { getVersionDetail } from './version-detail';
import { createVersionUseCase } from './versions';

withTempWorkspace();

const DAY = 86_400_000;
const sqlite = () => getDb().$client;

async function* bytes(text: string) {
  yield new Uint8Array(Buffer.from(text));
}

const sha = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/** churn v1–v3 owned by team ml; v2 in production with @champion and a pending promotion request. */
async function setup(beforePromotion?: (ds: Actor) => Promise<void>) {
  const ds = await makeActor('data_scientist', 'ml');
  const admin = await makeActor('admin');
  createModelUseCase(ds, { name: 'churn', taskType: 'classification' });
  for (let i = 0; i < 3; i++) createVersionUseCase(ds, 'churn', {});
  // Files freeze once a version is under review or in production, so they are stored first.
  await beforePromotion?.(ds);
  transitionStageUseCase(admin, 'churn', 2, { stage: 'production' });
  setAliasUseCase(ds, 'churn', { alias: 'champion', version: 2 });
  const v2 = sqlite().prepare('SELECT id, model_id AS modelId FROM model_versions WHERE version = 2').get() as { id: number; modelId: number };
  const now = Date.now();
  getDb()
    .insert(promotionRequests)
    .values({ modelId: v2.modelId, versionId: v2.id, alias: 'challenger', justification: 'Better recall.', requestedById: ds.id, requiredApprovals: 1, gateSettings: { cardComplete: false, lineage: false, noCriticalAlert: false, metrics: [] }, gateResults: [], createdAt: now, expiresAt: now + DAY })
    .run();
  return { ds, admin };
}

const version = (n: number) =>
  sqlite().prepare('SELECT stage, retired_at AS retiredAt, retired_reason AS retiredReason, artifacts_purged_at AS purgedAt FROM model_versions WHERE version = ?').get(n) as {
    stage: string;
    retiredAt: number | null;
    retiredReason: string | null;
    purgedAt: number | null;
  };
const audit = (action: string) =>
  (sqlite().prepare('SELECT before, after, created_at AS createdAt FROM audit_log WHERE action = ? ORDER BY id').all(action) as { before: string | null; after: string | null; createdAt: number }[]).map((r) => ({
    before: JSON.parse(r.before ?? 'null'),
    after: JSON.parse(r.after ?? 'null'),
    createdAt: r.createdAt,
  }));

describe('retiring a version', () => {
  it('retires a production version: stage, history row, aliases removed, pending request cancelled, all audited', async () => {
    const { ds } = await setup();
    expect(retireVersionUseCase(ds, 'churn', 2, { reason: '  Superseded by v3.  ' })).toMatchObject({ version: 2, stage: 'retired', retiredReason: 'Superseded by v3.', removedAliases: ['champion'] });
    expect(version(2)).toMatchObject({ stage: 'retired', retiredReason: 'Superseded by v3.' });
    expect(version(2).retiredAt).toBeGreaterThan(0);
    expect(sqlite().prepare("SELECT from_stage, to_stage, reason FROM stage_transitions WHERE cause = 'retirement'").all()).toEqual([{ from_stage: 'production', to_stage: 'retired', reason: 'Superseded by v3.' }]);
    expect(tableCounts()).toMatchObject({ model_aliases: 0 });
    expect(sqlite().prepare('SELECT status, decided_at IS NOT NULL AS decided FROM promotion_requests').get()).toEqual({ status: 'cancelled', decided: 1 });
    expect(audit('alias.delete').map((a) => a.before)).toEqual([{ alias: 'champion', version: 2 }]);
    expect(audit('approval.cancel').map((a) => a.after)).toEqual([expect.objectContaining({ status: 'cancelled', cause: 'retirement' })]);
    expect(audit('version.stage').at(-1)?.after).toMatchObject({ stage: 'retired', cause: 'retirement', reason: 'Superseded by v3.' });
    expect(audit('version.retire').map((a) => a.after)).toEqual([expect.objectContaining({ model: 'churn', version: 2, reason: 'Superseded by v3.', removedAliases: ['champion'] })]);
  });

  it('refuses a retired version: retiring it again, or moving its stage', async () => {
    const { ds, admin } = await setup();
    retireVersionUseCase(ds, 'churn', 1, { reason: 'Obsolete.' });
    const before = tableCounts();
    const again = await expectAppError(() => retireVersionUseCase(admin, 'churn', 1, { reason: 'Twice.' }));
    expect([again.status, again.message]).toEqual([409, 'Version 1 of "churn" is already retired.']);
    const moved = await expectAppError(() => transitionStageUseCase(admin, 'churn', 1, { stage: 'staging' }));
    expect([moved.kind, moved.message]).toEqual(['invalid_state', 'Version 1 is retired and cannot change stage.']);
    expect(tableCounts()).toEqual(before);
  });

  it('refuses reviewers, viewers and data scientists outside the owning team, changing nothing; the team and admins may', async () => {
    await setup();
    const outsiders: Actor[] = [await makeActor('reviewer'), await makeActor('viewer'), await makeActor('data_scientist', 'other')];
    const before = tableCounts();
    for (const actor of outsiders) {
      expect((await expectAppError(() => retireVersionUseCase(actor, 'churn', 1, { reason: 'Not mine.' }))).status).toBe(403);
      expect((await expectAppError(() => retireModelUseCase(actor, 'churn', { reason: 'Not mine.' }))).status).toBe(403);
    }
    expect(tableCounts()).toEqual(before);
    expect(retireVersionUseCase(await makeActor('data_scientist', 'ml'), 'churn', 1, { reason: 'Team call.' }).stage).toBe('retired');
    expect(retireVersionUseCase(await makeActor('admin'), 'churn', 3, { reason: 'Admin call.' }).stage).toBe('retired');
  });

  it.each([
    ['blank', { reason: '   ' }],
    ['too short', { reason: 'ok' }],
    ['missing', {}],
    ['too long', { reason: 'x'.repeat(2001) }],
    ['not text', { reason: 42 }],
  ])('answers a %s reason with a 400, changing nothing', async (_case, input) => {
    const { ds } = await setup();
    const before = tableCounts();
    const error = await expectAppError(() => retireVersionUseCase(ds, 'churn', 2, input));
    expect([error.status, Object.keys(error.fieldErrors ?? {})]).toEqual([400, ['reason']]);
    expect((await expectAppError(() => retireModelUseCase(ds, 'churn', input))).status).toBe(400);
    expect(tableCounts()).toEqual(before);
  });
});

describe('retiring a model', () => {
  it('retires every version not yet retired and the model, once', async () => {
    const { ds } = await setup();
    retireVersionUseCase(ds, 'churn', 1, { reason: 'Earlier retirement.' });
    expect(retireModelUseCase(ds, 'churn', { reason: 'Product discontinued.' })).toMatchObject({ name: 'churn', retiredReason: 'Product discontinued.', versions: [2, 3] });
    expect([1, 2, 3].map((n) => [version(n).stage, version(n).retiredReason])).toEqual([
      ['retired', 'Earlier retirement.'],
      ['retired', 'Product discontinued.'],
      ['retired', 'Product discontinued.'],
    ]);
    expect(sqlite().prepare('SELECT retired_reason AS reason FROM registered_models').get()).toEqual({ reason: 'Product discontinued.' });
    expect(tableCounts()).toMatchObject({ model_aliases: 0 });
    expect(audit('model.retire').map((a) => a.after)).toEqual([{ name: 'churn', reason: 'Product discontinued.', versions: [2, 3] }]);
    expect(audit('version.retire')).toHaveLength(3);
    const before = tableCounts();
    const again = await expectAppError(() => retireModelUseCase(ds, 'churn', { reason: 'Again.' }));
    expect([again.status, again.message]).toEqual([409, 'Model "churn" is already retired.']);
    expect(tableCounts()).toEqual(before);
  });
});

describe('what retirement freezes', () => {
  it('takes no new artifact on a retired version and no new version on a retired model, and shows the reason', async () => {
    const { ds } = await setup();
    retireVersionUseCase(ds, 'churn', 1, { reason: 'Trained on data we may no longer use.' });
    const before = tableCounts();
    const upload = await expectAppError(() => uploadArtifactUseCase(ds, { modelName: 'churn', version: 1, fileName: 'model.onnx', body: bytes('x') }));
    expect([upload.status, upload.message]).toEqual([409, 'Version 1 is retired: its artifacts can no longer change.']);
    expect((await expectAppError(() => setAliasUseCase(ds, 'churn', { alias: 'canary', version: 1 }))).message).toBe('Version 1 is retired: no alias can point at it.');
    expect(getVersionDetail(ds, 'churn', 1).retirement).toEqual({ at: expect.any(Number), reason: 'Trained on data we may no longer use.', artifactsPurgedAt: null });
    retireModelUseCase(ds, 'churn', { reason: 'Replaced by churn-v2.' });
    const created = await expectAppError(() => createVersionUseCase(ds, 'churn', {}));
    expect(created.message).toBe('Model "churn" is retired: it takes no new versions.');
    expect(tableCounts().model_versions).toBe(before.model_versions);
  });
});

describe('purging retired artifacts', () => {
  /** v1 (retired 400 days ago) holds a unique file and one v3 shares; v2 (retired today) holds its own. */
  async function withArtifacts() {
    const stored: Awaited<ReturnType<typeof uploadArtifactUseCase>>[] = [];
    const actors = await setup(async (ds) => {
      const upload = (v: number, fileName: string, text: string) => uploadArtifactUseCase(ds, { modelName: 'churn', version: v, fileName, body: bytes(text) });
      stored.push(await upload(1, 'model.onnx', 'old weights'), await upload(1, 'vocab.json', 'shared vocabulary'), await upload(3, 'vocab.json', 'shared vocabulary'), await upload(2, 'model.onnx', 'recent weights'));
    });
    const { ds } = actors;
    const [unique, shared, , recent] = stored as [(typeof stored)[0], (typeof stored)[0], unknown, (typeof stored)[0]];
    retireVersionUseCase(ds, 'churn', 1, { reason: 'Old.' });
    retireVersionUseCase(ds, 'churn', 2, { reason: 'Recent.' });
    sqlite().prepare('UPDATE model_versions SET retired_at = ? WHERE version = 1').run(Date.now() - 400 * DAY);
    return { ...actors, unique, shared, recent };
  }

  it('deletes only versions retired long enough, keeps files a live version shares, and audits the rule', async () => {
    const { admin, ds, unique, shared, recent } = await withArtifacts();
    expect(getArtifactDownload(ds, recent.id).fileName).toBe('model.onnx');
    expect(purgeRetiredArtifactsUseCase(admin, { retiredBeforeDays: 365 })).toEqual({ versions: 1, files: 2, bytes: 'old weights'.length + 'shared vocabulary'.length });
    expect(version(1).purgedAt).toBeGreaterThan(0);
    expect(version(2).purgedAt).toBeNull();
    expect(fs.existsSync(blobPath(sha('old weights')))).toBe(false);
    expect(fs.existsSync(blobPath(sha('shared vocabulary')))).toBe(true);
    expect(fs.existsSync(blobPath(sha('recent weights')))).toBe(true);
    expect(getArtifactDownload(ds, recent.id).fileName).toBe('model.onnx');

    const [entry] = audit('artifact.purge');
    expect(entry?.before).toMatchObject({ model: 'churn', version: 1, files: [{ fileName: 'model.onnx', size: 11, sha256: sha('old weights') }, { fileName: 'vocab.json', sha256: sha('shared vocabulary') }] });
    expect(entry?.after).toMatchObject({ rule: { retiredBeforeDays: 365 } });
    const day = new Date(entry?.createdAt ?? 0).toISOString().slice(0, 10);
    for (const [artifact, fileName] of [[unique, 'model.onnx'], [shared, 'vocab.json']] as const) {
      const gone = await expectAppError(() => getArtifactDownload(ds, artifact.id));
      expect([gone.status, gone.message]).toEqual([404, `"${fileName}" of version 1 of "churn" was deleted on ${day} under the retention rule for retired versions.`]);
    }
    expect((await expectAppError(() => getArtifactDownload(ds, 9999))).message).toBe('No such artifact.');

    expect(purgeRetiredArtifactsUseCase(admin, { retiredBeforeDays: '365' })).toEqual({ versions: 0, files: 0, bytes: 0 });
    expect((await expectAppError(() => purgeRetiredArtifactsUseCase(admin, { retiredBeforeDays: 0, model: 'nope' }))).status).toBe(404);
    expect(purgeRetiredArtifactsUseCase(admin, { retiredBeforeDays: 0, model: 'churn' })).toMatchObject({ versions: 1, files: 1 });
    expect(fs.existsSync(blobPath(sha('recent weights')))).toBe(false);
  });

  it('keeps the record when a file cannot be deleted', async () => {
    const { admin, unique } = await withArtifacts();
    const file = blobPath(unique.sha256);
    fs.rmSync(file);
    fs.mkdirSync(file);
    fs.writeFileSync(`${file}/pinned`, 'x');
    const stderr = vi.spyOn(process.stderr, 'write').mockReturnValue(true);
    try {
      expect(purgeRetiredArtifactsUseCase(admin, { retiredBeforeDays: 365 })).toMatchObject({ versions: 1, files: 2 });
      expect(String(stderr.mock.calls[0]?.[0])).toContain('could not delete an artifact file');
    } finally {
      stderr.mockRestore();
    }
    expect(version(1).purgedAt).toBeGreaterThan(0);
    expect(audit('artifact.purge')).toHaveLength(1);
  });

  it('is for admins only, and refuses a rule that is not a whole number of days, changing nothing', async () => {
    const { ds } = await withArtifacts();
    const [admin, reviewer, viewer] = [await makeActor('admin'), await makeActor('reviewer'), await makeActor('viewer')];
    const before = tableCounts();
    for (const actor of [ds, reviewer, viewer]) {
      expect((await expectAppError(() => purgeRetiredArtifactsUseCase(actor, { retiredBeforeDays: 0 }))).status).toBe(403);
    }
    for (const retiredBeforeDays of [undefined, null, '', -1, 3651, 1.5, 'soon', true]) {
      const error = await expectAppError(() => purgeRetiredArtifactsUseCase(admin, { retiredBeforeDays }));
      expect([error.status, Object.keys(error.fieldErrors ?? {})]).toEqual([400, ['retiredBeforeDays']]);
    }
    expect(tableCounts()).toEqual(before);
    expect(fs.existsSync(blobPath(sha('old weights')))).toBe(true);
  });
});

describe('retirement endpoints', () => {
  const token = async (actor: Actor) => createTokenUseCase(actor, { name: 'test' }).token;

  it('answer with the status codes of the use cases', async () => {
    const { ds, admin } = await setup();
    const [dsToken, adminToken, viewerToken] = [await token(ds), await token(admin), await token(await makeActor('viewer'))];
    const retireVersion = (t: string, v: string, body: unknown) => callRoute(versionRetireRoute.POST, t, { method: 'POST', params: { name: 'churn', version: v }, body });

    const retired = await retireVersion(dsToken, '2', { reason: 'Superseded.' });
    expect([retired.status, retired.body.version]).toEqual([200, expect.objectContaining({ version: 2, stage: 'retired' })]);
    expect((await retireVersion(dsToken, '2', { reason: 'Again.' })).status).toBe(409);
    expect((await retireVersion(dsToken, '1', { reason: ' ' })).body.error.details).toHaveProperty('reason');
    expect((await retireVersion(dsToken, '1', { reason: 'Typo.', reasn: 'x' })).status).toBe(400);
    expect((await retireVersion(viewerToken, '1', { reason: 'Not mine.' })).status).toBe(403);
    expect((await retireVersion(dsToken, '9', { reason: 'Missing.' })).status).toBe(404);

    const retireModel = (t: string, body: unknown) => callRoute(modelRetireRoute.POST, t, { method: 'POST', params: { name: 'churn' }, body });
    expect((await retireModel(viewerToken, { reason: 'Not mine.' })).status).toBe(403);
    const model = await retireModel(dsToken, { reason: 'Discontinued.' });
    expect([model.status, model.body.model.versions]).toEqual([200, [1, 3]]);
    expect((await retireModel(dsToken, { reason: 'Again.' })).status).toBe(409);

    const purge = (t: string, body: unknown) => callRoute(purgeRoute.POST, t, { method: 'POST', path: '/api/v1/admin/retention/purge', body });
    expect((await purge(dsToken, { retiredBeforeDays: 0 })).status).toBe(403);
    expect((await purge(adminToken, { retiredBeforeDays: -1 })).status).toBe(400);
    expect(await purge(adminToken, { retiredBeforeDays: 0, model: 'churn' })).toEqual({ status: 200, body: { versions: 0, files: 0, bytes: 0 } });
  });
});
