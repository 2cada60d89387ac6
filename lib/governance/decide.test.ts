import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, modelAliases, promotionRequests, stageTransitions, webhookEvents } from '@/db/schema';
import { setAliasUseCase } from '@/lib/registry/aliases';
import { createWebhookUseCase } from '@/lib/webhooks/use-cases';
import { getVersionDetail } from '@/lib/registry/version-detail';
import { transitionStageUseCase } from '@/lib/registry/stages';
import { updateModelCardUseCase } from '@/lib/registry/model-cards';
import { governanceCast, promotableVersion } from '@/lib/testing/governance-fixture';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { decideRequestUseCase } from './decide';
import { setAliasProtectionUseCase } from './protected-aliases';
import { createRequestUseCase } from './requests';
import { listRequests } from './request-queries';

withTempWorkspace();
afterEach(() => vi.useRealTimers());

const justification = 'Beats production on the 2024 hold-out set.';
const approve = { decision: 'approve' };
const stageOf = (actor: Parameters<typeof getVersionDetail>[0], v: number) => getVersionDetail(actor, 'churn', v).stage;

describe('deciding a request', () => {
  it('needs the policy number of approvals, then archives the old production version in the same transaction', async () => {
    const cast = await governanceCast('churn', 'high');
    const { author, requester, reviewer, reviewer2, admin } = cast;
    createWebhookUseCase(admin, { url: 'https://hooks.example.com/modelboard', events: ['approval.decided', 'stage.changed'] });
    const old = await promotableVersion(author, 'churn');
    transitionStageUseCase(admin, 'churn', old, { stage: 'production' });
    const v = await promotableVersion(author, 'churn', 0.95);
    const request = createRequestUseCase(requester, 'churn', v, { targetStage: 'production', justification });
    expect(decideRequestUseCase(reviewer, request.id, approve)).toEqual({ requestId: request.id, status: 'pending', approvals: 1, requiredApprovals: 2, applied: false });
    expect(stageOf(author, v)).toBe('development');
    expect(decideRequestUseCase(reviewer2, request.id, { decision: 'approve', comment: 'Checked the hold-out.' })).toMatchObject({ status: 'approved', approvals: 2, applied: true });
    expect([stageOf(author, old), stageOf(author, v)]).toEqual(['archived', 'production']);
    const history = getDb().select().from(stageTransitions).all().map((t) => [t.versionId, t.fromStage, t.toStage, t.cause, t.requestId]);
    expect(history.slice(-2)).toEqual([
      [1, 'production', 'archived', 'displaced', request.id],
      [2, 'development', 'production', 'request', request.id],
    ]);
    const actions = getDb().select({ action: auditLog.action }).from(auditLog).all().map((r) => r.action);
    expect(actions.slice(-4)).toEqual(['approval.decide', 'approval.decide', 'version.stage', 'version.stage']);
    const events = getDb().select({ type: webhookEvents.type }).from(webhookEvents).all().map((e) => e.type);
    expect(events.slice(-4)).toEqual(['approval.decided', 'approval.decided', 'stage.changed', 'stage.changed']);
  });

  it('enforces separation of duties for the requester and the version author, whatever their role', async () => {
    const { author, requester, reviewer, admin, viewer } = await governanceCast('churn');
    const v = await promotableVersion(author, 'churn');
    const request = createRequestUseCase(requester, 'churn', v, { targetStage: 'staging', justification });
    const before = tableCounts();
    expect((await expectAppError(() => decideRequestUseCase(requester, request.id, approve))).message).toBe('You made this request: separation of duties means someone else must decide it.');
    expect((await expectAppError(() => decideRequestUseCase(author, request.id, approve))).message).toBe('You registered this version: separation of duties means someone else must decide it.');
    expect((await expectAppError(() => decideRequestUseCase(viewer, request.id, approve))).status).toBe(403);
    expect(tableCounts()).toEqual(before);
    const own = await promotableVersion(admin, 'churn');
    const adminRequest = createRequestUseCase(admin, 'churn', own, { targetStage: 'staging', justification });
    expect((await expectAppError(() => decideRequestUseCase(admin, adminRequest.id, approve))).status).toBe(403);
    expect(decideRequestUseCase(reviewer, adminRequest.id, approve).applied).toBe(true);
  });

  it('needs a comment to reject, and a decided request stays decided', async () => {
    const { author, requester, reviewer, reviewer2 } = await governanceCast('churn');
    const v = await promotableVersion(author, 'churn');
    const request = createRequestUseCase(requester, 'churn', v, { targetStage: 'production', justification });
    const bare = await expectAppError(() => decideRequestUseCase(reviewer, request.id, { decision: 'reject', comment: '  ' }));
    expect(bare.fieldErrors?.comment).toEqual(['Say why you reject it: the requester needs to know what to fix.']);
    expect(decideRequestUseCase(reviewer, request.id, { decision: 'reject', comment: 'Calibration plot missing.' }).status).toBe('rejected');
    const before = tableCounts();
    const stale = await expectAppError(() => decideRequestUseCase(reviewer2, request.id, approve));
    expect(stale.code).toBe('invalid_state:approval');
    expect(stale.message).toMatch(new RegExp(`^Request #${request.id} was already rejected by ${reviewer.name} at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC; nothing was changed\\.$`));
    expect(tableCounts()).toEqual(before);
    expect(stageOf(author, v)).toBe('development');
  });

  it('refuses an expired request and one person approving twice', async () => {
    const { author, requester, reviewer } = await governanceCast('churn', 'high');
    const v = await promotableVersion(author, 'churn');
    const request = createRequestUseCase(requester, 'churn', v, { targetStage: 'production', justification });
    decideRequestUseCase(reviewer, request.id, approve);
    const twice = await expectAppError(() => decideRequestUseCase(reviewer, request.id, approve));
    expect([twice.status, twice.message]).toEqual([409, `You already approved request #${request.id}.`]);
    const late = await makeActor('reviewer');
    vi.useFakeTimers({ now: request.expiresAt + 1, toFake: ['Date'] });
    const before = tableCounts();
    const expired = await expectAppError(() => decideRequestUseCase(late, request.id, approve));
    expect(expired.message).toMatch(/^Request #\d+ expired at .+ UTC; the requester can make a new one\.$/);
    expect(tableCounts()).toEqual(before);
    expect(listRequests(reviewer, { status: 'all' })[0]?.status).toBe('expired');
  });

  it('re-runs the gates on the last approval and refuses it, recording nothing, when one now fails', async () => {
    const { author, requester, reviewer } = await governanceCast('churn');
    const v = await promotableVersion(author, 'churn');
    const request = createRequestUseCase(requester, 'churn', v, { targetStage: 'production', justification });
    updateModelCardUseCase(author, 'churn', v, { limitations: '' });
    const before = tableCounts();
    const error = await expectAppError(() => decideRequestUseCase(reviewer, request.id, approve));
    expect(error.message).toBe('The approval was not recorded because a gate no longer passes: The model card is missing 1 of 8 sections: Limitations.');
    expect(tableCounts()).toEqual(before);
    expect(getDb().select().from(promotionRequests).get()?.status).toBe('pending');
  });

  it('never lets a staging request pull a version back out of production', async () => {
    const { author, requester, reviewer, admin } = await governanceCast('churn');
    const v = await promotableVersion(author, 'churn');
    const request = createRequestUseCase(requester, 'churn', v, { targetStage: 'staging', justification });
    transitionStageUseCase(admin, 'churn', v, { stage: 'production' });
    const before = tableCounts();
    expect((await expectAppError(() => decideRequestUseCase(reviewer, request.id, approve))).message).toBe(
      `Version ${v} reached production since the request was made. The approval was not recorded.`,
    );
    expect(tableCounts()).toEqual(before);
    expect(stageOf(author, v)).toBe('production');
  });

  it('moves a protected alias when its request is approved', async () => {
    const { author, requester, reviewer, admin } = await governanceCast('churn');
    const first = await promotableVersion(author, 'churn');
    setAliasUseCase(author, 'churn', { alias: 'champion', version: first });
    setAliasProtectionUseCase(admin, 'churn', { alias: 'champion' }, true);
    const second = await promotableVersion(author, 'churn');
    const request = createRequestUseCase(requester, 'churn', second, { targetStage: 'production', alias: 'champion', justification });
    decideRequestUseCase(reviewer, request.id, approve);
    expect(getDb().select().from(modelAliases).all()).toEqual([expect.objectContaining({ alias: 'champion', versionId: 2 })]);
    expect(stageOf(author, second)).toBe('production');
  });
});
