import { describe, expect, it } from 'vitest';
import { MODEL_CARD_SECTIONS } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { updateModelCardUseCase } from '@/lib/registry/model-cards';
import { createModelUseCase } from '@/lib/registry/models';
import { transitionStageUseCase } from '@/lib/registry/stages';
import { createVersionUseCase } from '@/lib/registry/versions';
import { callRoute as call } from '@/lib/testing/call-route';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import * as policy from './models/[name]/approval-policy/route';
import * as alias from './models/[name]/aliases/[alias]/route';
import * as protectedAlias from './models/[name]/protected-aliases/[alias]/route';
import * as protectedAliases from './models/[name]/protected-aliases/route';
import * as model from './models/[name]/route';
import * as history from './models/[name]/stage-history/route';
import * as versionRequests from './models/[name]/versions/[version]/requests/route';
import * as version from './models/[name]/versions/[version]/route';
import * as cancel from './requests/[id]/cancel/route';
import * as comments from './requests/[id]/comments/route';
import * as decision from './requests/[id]/decision/route';
import * as request from './requests/[id]/route';
import * as count from './requests/count/route';
import * as requests from './requests/route';

withTempWorkspace();

const token = (actor: Actor) => createTokenUseCase(actor, { name: actor.role }).token;

/** A version that passes the medium tier's gates: a full model card, a dataset and the commit that trained it. */
function readyVersion(ds: Actor, name: string): number {
  const { version: number } = createVersionUseCase(ds, name, {
    codeCommit: 'abc1234',
    datasets: [{ name: 'crm', version: '1', contentHash: 'a'.repeat(64), role: 'training' }],
  });
  updateModelCardUseCase(ds, name, number, Object.fromEntries(MODEL_CARD_SECTIONS.map((s) => [s, `The ${s} section.`])));
  return number;
}

/** churn (medium risk, team crm): v1 in production by an admin's override, v2 ready for review. */
async function setup() {
  const admin = await makeActor('admin');
  const ds = await makeActor('data_scientist', 'crm');
  createModelUseCase(ds, { name: 'churn', taskType: 'classification' });
  readyVersion(ds, 'churn');
  readyVersion(ds, 'churn');
  transitionStageUseCase(admin, 'churn', 1, { stage: 'production' });
  const tokens = {
    admin: token(admin),
    ds: token(ds),
    reviewer: token(await makeActor('reviewer')),
    reviewer2: token(await makeActor('reviewer')),
    viewer: token(await makeActor('viewer')),
  };
  return { admin, ds, tokens };
}

const justification = 'Better recall on last quarter’s churners.';
const ask = (t: string, body: unknown, v = '2', name = 'churn') =>
  call(versionRequests.POST, t, { method: 'POST', path: `/api/v1/models/${name}/versions/${v}/requests`, params: { name, version: v }, body });
const decide = (t: string, id: number | string, body: unknown) => call(decision.POST, t, { method: 'POST', params: { id: String(id) }, body });
const stageOf = async (t: string, v: string) => (await call(version.GET, t, { params: { name: 'churn', version: v } })).body.version.stage;

describe('/api/v1 promotion requests', () => {
  it('takes a request from the owner, lets a reviewer approve it, and records the swap in the stage history', async () => {
    const { tokens } = await setup();
    const created = await ask(tokens.ds, { targetStage: 'production', justification });
    expect(created.status).toBe(201);
    const id = created.body.request.id as number;
    expect(created.body.request).toMatchObject({ model: 'churn', version: 2, targetStage: 'production', status: 'pending', approvals: 0, requiredApprovals: 1, canCancel: true });
    expect(created.body.request.gates.map((g: { gate: string; passed: boolean }) => [g.gate, g.passed])).toEqual([['card', true], ['lineage', true], ['alerts', true]]);
    expect(created.body.request.comparison.production).toBe(1);

    const listed = await call(versionRequests.GET, tokens.viewer, { params: { name: 'churn', version: '2' } });
    expect(listed.body.requests.map((r: { id: number }) => r.id)).toEqual([id]);
    expect(listed.body.preview).toMatchObject({ blocker: null, requiredApprovals: 1, pendingRequestId: id, protectedAliases: [] });
    expect((await call(count.GET, tokens.viewer)).body).toEqual({ pending: 1 });
    const queue = await call(requests.GET, tokens.reviewer, { path: '/api/v1/requests?status=pending&model=churn' });
    expect(queue.body.requests).toHaveLength(1);
    expect(queue.body.requests[0]).toMatchObject({ id, decideBlocker: null, canCancel: false });

    const before = tableCounts();
    const own = await decide(tokens.ds, id, { decision: 'approve' });
    expect(own.status).toBe(403);
    expect(own.body.error).toEqual({ code: 'forbidden:approval', message: 'You made this request: separation of duties means someone else must decide it.' });
    expect((await decide(tokens.viewer, id, { decision: 'approve' })).body.error.code).toBe('forbidden:approval');
    expect(tableCounts()).toEqual(before);

    const approved = await decide(tokens.reviewer, id, { decision: 'approve', comment: 'Recall gain holds on the holdout.' });
    expect(approved).toEqual({ status: 200, body: { requestId: id, status: 'approved', approvals: 1, requiredApprovals: 1, applied: true } });
    expect([await stageOf(tokens.viewer, '2'), await stageOf(tokens.viewer, '1')]).toEqual(['production', 'archived']);
    const detail = await call(request.GET, tokens.viewer, { params: { id: String(id) } });
    expect(detail.body.request).toMatchObject({ status: 'approved', reviews: [{ decision: 'approve', comment: 'Recall gain holds on the holdout.' }] });

    const transitions = (await call(history.GET, tokens.viewer, { path: '/api/v1/models/churn/stage-history', params: { name: 'churn' } })).body.transitions;
    expect(transitions.map((t: { version: number; from: string; to: string; cause: string; requestId: number | null }) => [t.version, t.from, t.to, t.cause, t.requestId])).toEqual([
      [2, 'development', 'production', 'request', id],
      [1, 'production', 'archived', 'displaced', id],
      [1, 'development', 'production', 'override', null],
    ]);
    const v1 = await call(history.GET, tokens.viewer, { path: '/api/v1/models/churn/stage-history?version=1', params: { name: 'churn' } });
    expect(v1.body.transitions.map((t: { cause: string }) => t.cause)).toEqual(['displaced', 'override']);
    expect((await call(history.GET, tokens.viewer, { path: '/api/v1/models/churn/stage-history?version=9', params: { name: 'churn' } })).status).toBe(404);

    const again = await decide(tokens.reviewer2, id, { decision: 'approve' });
    expect([again.status, again.body.error.code]).toEqual([409, 'invalid_state:approval']);
    expect(again.body.error.message).toContain('already approved');
    expect((await call(count.GET, tokens.viewer)).body).toEqual({ pending: 0 });
    expect((await call(requests.GET, tokens.viewer)).body.requests).toEqual([]);
    expect((await call(requests.GET, tokens.viewer, { path: '/api/v1/requests?status=decided' })).body.requests.map((r: { id: number }) => r.id)).toEqual([id]);
  });

  it('needs two different approvers on a high-risk model and counts one approval per reviewer', async () => {
    const { ds, tokens } = await setup();
    createModelUseCase(ds, { name: 'credit', taskType: 'classification', riskTier: 'high' });
    readyVersion(ds, 'credit');
    const id = (await ask(tokens.ds, { targetStage: 'staging', justification }, '1', 'credit')).body.request.id;
    expect((await decide(tokens.reviewer, id, { decision: 'approve' })).body).toMatchObject({ status: 'pending', approvals: 1, requiredApprovals: 2, applied: false });
    const twice = await decide(tokens.reviewer, id, { decision: 'approve' });
    expect([twice.status, twice.body.error.message]).toEqual([409, `You already approved request #${id}.`]);
    expect((await decide(tokens.admin, id, { decision: 'approve' })).body).toMatchObject({ status: 'approved', approvals: 2, applied: true });
    expect((await call(version.GET, tokens.viewer, { params: { name: 'credit', version: '1' } })).body.version.stage).toBe('staging');
  });

  it('refuses a request whose gates fail, naming each one, and a request nobody may make', async () => {
    const { ds, tokens } = await setup();
    createVersionUseCase(ds, 'churn', {});
    const other = token(await makeActor('data_scientist', 'fraud'));
    const before = tableCounts();
    const failed = await ask(tokens.ds, { targetStage: 'production', justification }, '3');
    expect([failed.status, failed.body.error.code]).toEqual([409, 'invalid_state:request']);
    expect(failed.body.error.details.gates).toEqual([
      'The model card is missing 8 of 8 sections: Overview, Intended use and users, Out-of-scope uses, Training data, Evaluation data and results, Limitations, Ethical considerations, Caveats and recommendations.',
      'Lineage is incomplete: no dataset is linked and neither a code commit nor a training run is recorded.',
    ]);
    expect((await call(versionRequests.GET, tokens.viewer, { params: { name: 'churn', version: '3' } })).body.preview.gates.filter((g: { passed: boolean }) => !g.passed)).toHaveLength(2);

    expect((await ask(tokens.viewer, { targetStage: 'production', justification })).status).toBe(403);
    expect((await ask(other, { targetStage: 'production', justification })).body.error.message).toBe('Only the owner, their team or an admin can change this model.');
    expect((await ask(tokens.ds, { targetStage: 'production', justification }, '1')).body.error.message).toBe('Version 1 is already in production.');
    expect((await ask(tokens.ds, { alias: 'champion', justification })).status).toBe(400);
    expect((await ask(tokens.ds, { targetStage: 'production', justification }, '7')).status).toBe(404);
    expect((await ask(tokens.ds, { targetStage: 'production', justification }, '1e0')).status).toBe(404);
    expect((await ask(tokens.ds, { justification: 'short' })).body.error.details).toEqual({
      targetStage: ['Ask for a stage, a protected alias or both.'],
      justification: ['Say in a sentence or two why this version should be promoted (10 characters at least).'],
    });
    const misspelt = await ask(tokens.ds, { targetStage: 'production', justification, reason: 'x' });
    expect([misspelt.status, misspelt.body.error.details]).toEqual([400, { reason: ['Unknown field.'] }]);
    expect((await ask(tokens.ds, { targetStage: 'archived', justification })).body.error.details.targetStage).toEqual(['Ask for staging or production.']);
    expect(tableCounts()).toEqual(before);

    expect((await ask(tokens.ds, { targetStage: 'staging', justification })).status).toBe(201);
    const duplicate = await ask(tokens.ds, { targetStage: 'production', justification });
    expect([duplicate.status, duplicate.body.error.code]).toEqual([409, 'conflict:request']);
  });

  it('answers malformed ids with 404, bad bodies with 400 and invalid decisions with the reason, changing nothing', async () => {
    const { tokens } = await setup();
    const id = (await ask(tokens.ds, { targetStage: 'production', justification })).body.request.id as number;
    const before = tableCounts();
    for (const bad of ['1e2', '0x1', '-1', '1.0', ' 1', '0', '999']) {
      expect((await call(request.GET, tokens.viewer, { params: { id: bad } })).status, bad).toBe(404);
      expect((await decide(tokens.reviewer, bad, { decision: 'approve' })).status, bad).toBe(404);
      expect((await call(cancel.POST, tokens.ds, { method: 'POST', params: { id: bad } })).status, bad).toBe(404);
      expect((await call(comments.POST, tokens.reviewer, { method: 'POST', params: { id: bad }, body: { body: 'Hi' } })).status, bad).toBe(404);
      if (bad !== '999') expect((await call(comments.GET, tokens.viewer, { params: { id: bad } })).status, bad).toBe(404);
    }
    expect((await call(request.GET, tokens.viewer, { params: { id: '999' } })).body.error).toEqual({ code: 'not_found:request', message: 'Request #999 does not exist.' });

    const silent = await decide(tokens.reviewer, id, { decision: 'reject' });
    expect([silent.status, silent.body.error.details]).toEqual([400, { comment: ['Say why you reject it: the requester needs to know what to fix.'] }]);
    expect((await decide(tokens.reviewer, id, { decision: 'maybe' })).body.error.details.decision).toEqual(['Approve or reject.']);
    expect(await call(decision.POST, tokens.reviewer, { method: 'POST', params: { id: String(id) }, raw: '{"decision": ' })).toEqual({
      status: 400,
      body: { error: { code: 'bad_request:json', message: 'The request body is not valid JSON.' } },
    });
    const extra = await decide(tokens.reviewer, id, { decision: 'approve', approvals: 2 });
    expect([extra.status, extra.body.error.details]).toEqual([400, { approvals: ['Unknown field.'] }]);
    expect((await call(cancel.POST, tokens.reviewer, { method: 'POST', params: { id: String(id) } })).status).toBe(403);
    expect(tableCounts()).toEqual(before);

    expect((await decide(tokens.reviewer, id, { decision: 'reject', comment: 'Card lacks the fairness analysis.' })).body).toMatchObject({ status: 'rejected', applied: false });
    expect(await stageOf(tokens.viewer, '2')).toBe('development');
    const late = await decide(tokens.reviewer2, id, { decision: 'approve' });
    expect([late.status, late.body.error.message]).toEqual([409, expect.stringContaining('already rejected by reviewer')]);
  });

  it('lets the requester cancel and anyone who may comment discuss a request', async () => {
    const { tokens } = await setup();
    const id = String((await ask(tokens.ds, { targetStage: 'production', justification })).body.request.id);
    const posted = await call(comments.POST, tokens.reviewer, { method: 'POST', params: { id }, body: { body: 'Which **holdout**?' } });
    expect(posted.status).toBe(201);
    expect(posted.body.comment).toMatchObject({ requestId: Number(id), body: 'Which **holdout**?', editable: true });
    expect((await call(comments.POST, tokens.viewer, { method: 'POST', params: { id }, body: { body: 'Me too' } })).status).toBe(403);
    expect((await call(comments.POST, tokens.reviewer, { method: 'POST', params: { id }, body: { body: 'x', pinned: true } })).status).toBe(400);
    expect((await call(comments.GET, tokens.viewer, { params: { id } })).body.comments.map((c: { body: string }) => c.body)).toEqual(['Which **holdout**?']);

    expect(await call(cancel.POST, tokens.ds, { method: 'POST', params: { id } })).toEqual({ status: 204, body: null });
    const twice = await call(cancel.POST, tokens.ds, { method: 'POST', params: { id } });
    expect([twice.status, twice.body.error.message]).toEqual([409, `Request #${id} is already cancelled.`]);
    expect((await call(request.GET, tokens.viewer, { params: { id } })).body.request).toMatchObject({ status: 'cancelled', canCancel: false, decideBlocker: 'This request is cancelled.' });
    expect((await ask(tokens.ds, { targetStage: 'production', justification })).status).toBe(201);
  });
});

describe('/api/v1 approval policies', () => {
  it('shows the tier default, lets only admins change it within the tier minimum, and resets it', async () => {
    const { ds, tokens } = await setup();
    createModelUseCase(ds, { name: 'credit', taskType: 'classification', riskTier: 'high' });
    const params = { name: 'credit' };
    expect((await call(policy.GET, tokens.viewer, { params })).body.policy).toEqual({
      requiredApprovals: 2,
      expiryHours: 72,
      gates: { cardComplete: true, lineage: true, noCriticalAlert: true, metrics: [] },
      source: 'tier',
    });
    const relaxed = { requiredApprovals: 0, expiryHours: 24, gates: { cardComplete: false, lineage: false, noCriticalAlert: true, metrics: [] } };
    const before = tableCounts();
    expect((await call(policy.PUT, tokens.ds, { method: 'PUT', params, body: { ...relaxed, requiredApprovals: 2 } })).status).toBe(403);
    const tooFew = await call(policy.PUT, tokens.admin, { method: 'PUT', params, body: relaxed });
    expect([tooFew.status, tooFew.body.error.message, tooFew.body.error.details]).toEqual([
      400,
      'A high-risk model needs at least 2 approvals.',
      { requiredApprovals: ['At least 2 for a high-risk model.'] },
    ]);
    expect((await call(policy.PUT, tokens.admin, { method: 'PUT', params, body: { ...relaxed, requiredApprovals: 3, owner: 'x' } })).body.error.details).toEqual({ owner: ['Unknown field.'] });
    const badGate = await call(policy.PUT, tokens.admin, { method: 'PUT', params, body: { ...relaxed, requiredApprovals: 3, gates: { ...relaxed.gates, metrics: [{ metric: 'auc', comparator: '>', value: 0.8 }] } } });
    expect(badGate.body.error.details).toEqual({ 'gates.metrics.0.comparator': ['Use >= or <=.'] });
    expect((await call(policy.DELETE, tokens.ds, { method: 'DELETE', params })).status).toBe(403);
    expect((await call(policy.GET, tokens.viewer, { params: { name: 'missing' } })).status).toBe(404);
    expect(tableCounts()).toEqual(before);

    const set = await call(policy.PUT, tokens.admin, { method: 'PUT', params, body: { ...relaxed, requiredApprovals: 3, gates: { ...relaxed.gates, metrics: [{ metric: 'auc', comparator: '>=', value: 0.8 }] } } });
    expect([set.status, set.body.policy]).toEqual([200, { ...relaxed, requiredApprovals: 3, gates: { ...relaxed.gates, metrics: [{ metric: 'auc', comparator: '>=', value: 0.8 }] }, source: 'model' }]);
    const reset = await call(policy.DELETE, tokens.admin, { method: 'DELETE', params });
    expect([reset.status, reset.body.policy.source, reset.body.policy.requiredApprovals]).toEqual([200, 'tier', 2]);
  });

  it('lets a relaxed low-risk policy accept a version without a card, and copies the policy onto the request', async () => {
    const { ds, tokens } = await setup();
    createModelUseCase(ds, { name: 'sketch', taskType: 'other', riskTier: 'low' });
    createVersionUseCase(ds, 'sketch', {});
    expect((await ask(tokens.ds, { targetStage: 'staging', justification }, '1', 'sketch')).body.error.details.gates).toEqual([
      'Lineage is incomplete: no dataset is linked and neither a code commit nor a training run is recorded.',
    ]);
    const body = { requiredApprovals: 1, expiryHours: 48, gates: { cardComplete: false, lineage: false, noCriticalAlert: false, metrics: [] } };
    expect((await call(policy.PUT, tokens.admin, { method: 'PUT', params: { name: 'sketch' }, body })).status).toBe(200);
    const created = await ask(tokens.ds, { targetStage: 'staging', justification }, '1', 'sketch');
    expect(created.status).toBe(201);
    expect(created.body.request).toMatchObject({ requiredApprovals: 1, gates: [], comparison: { production: null } });
    expect(created.body.request.expiresAt - created.body.request.createdAt).toBe(48 * 3_600_000);
  });
});

describe('/api/v1 protected aliases', () => {
  it('is protected by admins only, refuses direct moves, and moves once a request for it is approved', async () => {
    const { tokens } = await setup();
    const params = { name: 'churn', alias: 'champion' };
    await call(alias.PUT, tokens.ds, { method: 'PUT', params, body: { version: 1 } });
    const before = tableCounts();
    expect((await call(protectedAlias.PUT, tokens.ds, { method: 'PUT', params })).status).toBe(403);
    expect((await call(protectedAlias.PUT, tokens.admin, { method: 'PUT', params: { name: 'churn', alias: 'latest' } })).body.error.details).toEqual({ alias: ['`latest` and `v<number>` are reserved.'] });
    expect((await call(protectedAlias.PUT, tokens.admin, { method: 'PUT', params: { name: 'missing', alias: 'champion' } })).status).toBe(404);
    expect(tableCounts()).toEqual(before);

    expect(await call(protectedAlias.PUT, tokens.admin, { method: 'PUT', params })).toEqual({ status: 200, body: { alias: 'champion', protected: true } });
    expect(await call(protectedAlias.PUT, tokens.admin, { method: 'PUT', params })).toEqual({ status: 200, body: { alias: 'champion', protected: true } });
    expect((await call(protectedAliases.GET, tokens.viewer, { params: { name: 'churn' } })).body).toEqual({ aliases: ['champion'] });

    const protectedCounts = tableCounts();
    for (const t of [tokens.ds, tokens.admin]) {
      const direct = await call(alias.PUT, t, { method: 'PUT', params, body: { version: 2 } });
      expect([direct.status, direct.body.error.code]).toEqual([409, 'invalid_state:alias']);
      expect(direct.body.error.message).toContain('protected');
    }
    expect((await call(alias.DELETE, tokens.ds, { method: 'DELETE', params })).status).toBe(409);
    expect(tableCounts()).toEqual(protectedCounts);

    const created = await ask(tokens.ds, { alias: 'champion', justification });
    expect(created.body.request).toMatchObject({ alias: 'champion', targetStage: null });
    expect((await call(versionRequests.GET, tokens.viewer, { params: { name: 'churn', version: '2' } })).body.preview.protectedAliases).toEqual(['champion']);
    expect((await decide(tokens.reviewer, created.body.request.id, { decision: 'approve' })).body.applied).toBe(true);
    expect((await call(model.GET, tokens.viewer, { params: { name: 'churn' } })).body.model.aliases).toEqual({ champion: 2 });
    expect(await stageOf(tokens.viewer, '2')).toBe('development');

    expect(await call(protectedAlias.DELETE, tokens.admin, { method: 'DELETE', params })).toEqual({ status: 200, body: { alias: 'champion', protected: false } });
    expect((await call(protectedAliases.GET, tokens.viewer, { params: { name: 'churn' } })).body).toEqual({ aliases: [] });
    expect((await call(alias.PUT, tokens.ds, { method: 'PUT', params, body: { version: 1 } })).status).toBe(200);
  });
});
