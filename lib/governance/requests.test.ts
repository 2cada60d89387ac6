import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, monitoringAlerts, modelVersions, promotionRequests } from '@/db/schema';
import { governanceCast, promotableVersion } from '@/lib/testing/governance-fixture';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { setAliasUseCase } from '@/lib/registry/aliases';
import { deleteVersionUseCase } from '@/lib/registry/deletes';
import { uploadArtifactUseCase } from '@/lib/registry/artifacts';
import { updateModelCardUseCase } from '@/lib/registry/model-cards';
import { updateModelUseCase } from '@/lib/registry/models';
import { retireModelUseCase, retireVersionUseCase } from '@/lib/registry/retire';
import { transitionStageUseCase } from '@/lib/registry/stages';
import { createVersionUseCase } from '@/lib/registry/versions';
import { getPolicy, setPolicyUseCase, TIER_DEFAULTS } from './policy';
import { setAliasProtectionUseCase } from './protected-aliases';
import { listRequests } from './request-queries';
import { decideRequestUseCase } from './decide';
import { cancelRequestUseCase, createRequestUseCase, previewRequest } from './requests';

withTempWorkspace();
afterEach(() => vi.useRealTimers());

const justification = 'Beats production on the 2024 hold-out set.';

async function* once(text: string) {
  yield new Uint8Array(Buffer.from(text));
}

describe('approval policies', () => {
  it('follows the risk tier until an admin sets one, and refuses too few approvals for the tier', async () => {
    const { admin, author } = await governanceCast('credit', 'high');
    expect(getPolicy(author, 'credit')).toEqual({ ...TIER_DEFAULTS.high, source: 'tier' });
    const before = tableCounts();
    const zero = await expectAppError(() => setPolicyUseCase(admin, 'credit', { ...TIER_DEFAULTS.high, requiredApprovals: 0 }));
    expect(zero.message).toBe('A high-risk model needs at least 2 approvals.');
    expect(zero.fieldErrors?.requiredApprovals).toBeDefined();
    expect((await expectAppError(() => setPolicyUseCase(admin, 'credit', { ...TIER_DEFAULTS.high, requiredApprovals: 1 }))).status).toBe(400);
    expect((await expectAppError(() => setPolicyUseCase(author, 'credit', TIER_DEFAULTS.high))).status).toBe(403);
    expect(tableCounts()).toEqual(before);
    const gates = { ...TIER_DEFAULTS.high.gates, metrics: [{ metric: 'auc', comparator: '>=' as const, value: 0.8 }] };
    expect(setPolicyUseCase(admin, 'credit', { requiredApprovals: 3, expiryHours: 48, gates })).toEqual({ requiredApprovals: 3, expiryHours: 48, gates, source: 'model' });
    expect(setPolicyUseCase(admin, 'credit', null).source).toBe('tier');
  });

  it('will not raise a model to a tier its own policy falls short of', async () => {
    const { admin } = await governanceCast('scoring', 'low');
    setPolicyUseCase(admin, 'scoring', TIER_DEFAULTS.low);
    const error = await expectAppError(() => updateModelUseCase(admin, 'scoring', { riskTier: 'high' }));
    expect(error.message).toBe("This model's approval policy asks for 1 approval, fewer than a high-risk model needs (2): raise the policy first.");
    setPolicyUseCase(admin, 'scoring', { ...TIER_DEFAULTS.low, requiredApprovals: 2 });
    expect(updateModelUseCase(admin, 'scoring', { riskTier: 'high' }).riskTier).toBe('high');
  });

  it('refuses malformed policies field by field', async () => {
    const { admin } = await governanceCast('credit', 'low');
    const error = await expectAppError(() =>
      setPolicyUseCase(admin, 'credit', {
        requiredApprovals: 1.5,
        expiryHours: 0,
        gates: { cardComplete: true, lineage: 'yes', noCriticalAlert: true, metrics: [{ metric: 'auc', comparator: '>', value: 1 }] },
      }),
    );
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(['expiryHours', 'gates.lineage', 'gates.metrics.0.comparator', 'requiredApprovals']);
  });
});

describe('gates', () => {
  it('passes a complete version and names every failing gate with its reason', async () => {
    const { admin, author } = await governanceCast('churn');
    setPolicyUseCase(admin, 'churn', { ...TIER_DEFAULTS.medium, gates: { ...TIER_DEFAULTS.medium.gates, metrics: [{ metric: 'accuracy', comparator: '>=', value: 0.9 }, { metric: 'latency_ms', comparator: '<=', value: 20 }] } });
    const good = await promotableVersion(author, 'churn', 0.93);
    const preview = previewRequest(author, 'churn', good);
    expect(preview.gates.map((g) => [g.gate, g.passed])).toEqual([
      ['card', true],
      ['lineage', true],
      ['alerts', true],
      ['metric:accuracy >=', true],
      ['metric:latency_ms <=', false],
    ]);
    expect(preview.gates[4]?.reason).toBe('latency_ms is not logged for this version (needs <= 20).');
    const { version: bare } = createVersionUseCase(author, 'churn', {});
    updateModelCardUseCase(author, 'churn', bare, { overview: 'Only this.' });
    const reasons = previewRequest(author, 'churn', bare).gates.filter((g) => !g.passed).map((g) => g.reason);
    expect(reasons[0]).toMatch(/^The model card is missing 7 of 8 sections: Intended use and users, /);
    expect(reasons[1]).toBe('Lineage is incomplete: no dataset is linked and neither a code commit nor a training run is recorded.');
    const weak = await promotableVersion(author, 'churn', 0.85);
    expect(previewRequest(author, 'churn', weak).gates.find((g) => g.gate === 'metric:accuracy >=')).toEqual({ gate: 'metric:accuracy >=', passed: false, reason: 'accuracy is 0.85 < 0.9.' });
  });

  it('blocks on an unresolved critical alert, acknowledged or not', async () => {
    const { author } = await governanceCast('churn');
    const v = await promotableVersion(author, 'churn');
    const versionId = getDb().select({ id: modelVersions.id }).from(modelVersions).get()!.id;
    const alert = { versionId, kind: 'performance' as const, subject: 'accuracy', severity: 'critical' as const, message: 'accuracy fell to 0.61, under 0.7.', firstSeenAt: 1, lastSeenAt: 1, details: {} };
    getDb().insert(monitoringAlerts).values({ ...alert, status: 'acknowledged' }).run();
    const gate = previewRequest(author, 'churn', v).gates.find((g) => g.gate === 'alerts');
    expect(gate).toEqual({ gate: 'alerts', passed: false, reason: '1 critical alert is not resolved: accuracy fell to 0.61, under 0.7.' });
    const error = await expectAppError(() => createRequestUseCase(author, 'churn', v, { targetStage: 'production', justification }));
    expect(error.code).toBe('invalid_state:request');
    expect(error.fieldErrors?.gates).toEqual(['1 critical alert is not resolved: accuracy fell to 0.61, under 0.7.']);
  });
});

describe('promotion requests', () => {
  it('copies the policy onto the request and allows one pending request per version', async () => {
    const { author, requester } = await governanceCast('churn', 'high');
    const v = await promotableVersion(author, 'churn');
    const request = createRequestUseCase(requester, 'churn', v, { targetStage: 'production', justification });
    expect(request).toMatchObject({ status: 'pending', requiredApprovals: 2, approvals: 0, targetStage: 'production', alias: null });
    expect(request.expiresAt - request.createdAt).toBe(72 * 3_600_000);
    const before = tableCounts();
    const again = await expectAppError(() => createRequestUseCase(author, 'churn', v, { targetStage: 'staging', justification }));
    expect(again.message).toBe(`Version ${v} already has a pending request (#${request.id}); decide or cancel it first.`);
    expect(tableCounts()).toEqual(before);
    expect((await expectAppError(() => deleteVersionUseCase(author, 'churn', v))).message).toBe(`Version ${v} is under review (request #${request.id}): cancel the request before deleting the version.`);
    cancelRequestUseCase(requester, request.id);
    expect(createRequestUseCase(author, 'churn', v, { targetStage: 'staging', justification }).status).toBe('pending');
  });

  it('closes an expired request as expired when a new one replaces it', async () => {
    const { author, requester, reviewer } = await governanceCast('churn');
    const v = await promotableVersion(author, 'churn');
    const old = createRequestUseCase(requester, 'churn', v, { targetStage: 'production', justification });
    vi.useFakeTimers({ now: old.expiresAt, toFake: ['Date'] });
    expect(previewRequest(author, 'churn', v).pendingRequestId).toBeNull();
    expect(listRequests(reviewer, { status: 'pending' })).toEqual([]);
    expect(listRequests(reviewer, { status: 'decided' }).map((r) => [r.id, r.status])).toEqual([[old.id, 'expired']]);
    const fresh = createRequestUseCase(requester, 'churn', v, { targetStage: 'production', justification });
    expect(getDb().select({ id: promotionRequests.id, status: promotionRequests.status }).from(promotionRequests).all()).toEqual([
      { id: old.id, status: 'expired' },
      { id: fresh.id, status: 'pending' },
    ]);
    expect(getDb().select({ action: auditLog.action }).from(auditLog).all().map((r) => r.action).slice(-2)).toEqual(['approval.expire', 'approval.request']);
  });

  it('refuses bad input, outsiders, viewers and reviewers without writing anything', async () => {
    const { author, reviewer, viewer, outsider } = await governanceCast('churn');
    const v = await promotableVersion(author, 'churn');
    const before = tableCounts();
    const cases: [unknown, number][] = [
      [{ justification }, 400],
      [{ targetStage: 'archived', justification }, 400],
      [{ targetStage: 'production', justification: 'short' }, 400],
      [{ targetStage: 'production', justification, extra: 1 }, 400],
      [{ alias: 'champion', justification }, 400],
    ];
    for (const [input, status] of cases) expect((await expectAppError(() => createRequestUseCase(author, 'churn', v, input))).status).toBe(status);
    for (const actor of [reviewer, viewer, outsider]) {
      expect((await expectAppError(() => createRequestUseCase(actor, 'churn', v, { targetStage: 'production', justification }))).status).toBe(403);
    }
    expect((await expectAppError(() => createRequestUseCase(author, 'churn', 99, { targetStage: 'production', justification }))).status).toBe(404);
    expect(tableCounts()).toEqual(before);
  });

  it('refuses a version already in the stage, or a demotion dressed as a promotion', async () => {
    const { author, admin } = await governanceCast('churn');
    const v = await promotableVersion(author, 'churn');
    transitionStageUseCase(admin, 'churn', v, { stage: 'production' });
    expect((await expectAppError(() => createRequestUseCase(author, 'churn', v, { targetStage: 'production', justification }))).message).toBe(`Version ${v} is already in production.`);
    expect((await expectAppError(() => createRequestUseCase(author, 'churn', v, { targetStage: 'staging', justification }))).code).toBe('invalid_state:request');
  });

  it('refuses to promote a retired version, or any version of a retired model', async () => {
    const { author } = await governanceCast('churn');
    const old = await promotableVersion(author, 'churn');
    const v = await promotableVersion(author, 'churn');
    retireVersionUseCase(author, 'churn', old, { reason: 'Trained on a leaky split.' });
    const before = tableCounts();
    expect((await expectAppError(() => createRequestUseCase(author, 'churn', old, { targetStage: 'staging', justification }))).message).toBe(
      `Version ${old} is retired: retired versions cannot be promoted.`,
    );
    retireModelUseCase(author, 'churn', { reason: 'Replaced by churn-v2.' });
    expect(previewRequest(author, 'churn', v).blocker).toBe('Model "churn" is retired: none of its versions can be promoted.');
    expect(tableCounts().promotion_requests).toBe(before.promotion_requests);
  });

  it('freezes the artifacts reviewers look at: under review, then in production', async () => {
    const { author, requester, reviewer } = await governanceCast('churn');
    const v = await promotableVersion(author, 'churn');
    const upload = () => uploadArtifactUseCase(author, { modelName: 'churn', version: v, fileName: 'model.onnx', body: once('weights') });
    await upload();
    const request = createRequestUseCase(requester, 'churn', v, { targetStage: 'production', justification });
    const before = tableCounts();
    expect((await expectAppError(upload)).message).toBe(`Version ${v} is under review (request #${request.id}): its artifacts are frozen until the request is decided or cancelled.`);
    decideRequestUseCase(reviewer, request.id, { decision: 'approve' });
    expect((await expectAppError(upload)).message).toBe(`Version ${v} is in production: its artifacts are frozen; register a new version to change them.`);
    expect(tableCounts().artifacts).toBe(before.artifacts);
  });

  it('keeps protected aliases out of direct reach', async () => {
    const { admin, author } = await governanceCast('churn');
    const v = await promotableVersion(author, 'churn');
    setAliasUseCase(author, 'churn', { alias: 'champion', version: v });
    setAliasProtectionUseCase(admin, 'churn', { alias: 'champion' }, true);
    const before = tableCounts();
    const error = await expectAppError(() => setAliasUseCase(author, 'churn', { alias: 'champion', version: v }));
    expect(error.message).toBe('The alias "champion" is protected: it moves only through an approved promotion request.');
    expect((await expectAppError(() => setAliasUseCase(admin, 'churn', { alias: 'champion', version: v }))).status).toBe(409);
    expect((await expectAppError(() => setAliasProtectionUseCase(author, 'churn', { alias: 'champion' }, false))).status).toBe(403);
    expect(tableCounts()).toEqual(before);
    expect(createRequestUseCase(author, 'churn', v, { alias: 'champion', justification })).toMatchObject({ alias: 'champion', targetStage: null });
  });
});
