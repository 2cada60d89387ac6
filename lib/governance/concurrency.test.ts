import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { promotionRequests, requestReviews, stageTransitions } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { governanceCast, promotableVersion } from '@/lib/testing/governance-fixture';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { setPolicyUseCase, TIER_DEFAULTS } from './policy';
import { createRequestUseCase } from './requests';

withTempWorkspace();

const run = promisify(execFile);
const WORKER = path.join(__dirname, '../testing/approve-worker.ts');
const PROCESSES = 5;

describe('fifty approvals at once', () => {
  it('counts each reviewer once and applies the transition exactly once, across processes', async () => {
    const { author, requester, admin } = await governanceCast('churn');
    setPolicyUseCase(admin, 'churn', { ...TIER_DEFAULTS.medium, requiredApprovals: 5 });
    const v = await promotableVersion(author, 'churn');
    const request = createRequestUseCase(requester, 'churn', v, { targetStage: 'production', justification: 'Fifty reviewers agree at once.' });
    const reviewers: Actor[] = [];
    for (let i = 0; i < 40; i += 1) reviewers.push(await makeActor('reviewer'));
    // 50 approvals: 40 reviewers, ten of whom click twice, each click from a different process.
    const clicks = [...reviewers, ...reviewers.slice(0, 10)];
    const startAt = Date.now() + 4000;
    const outputs = await Promise.all(
      Array.from({ length: PROCESSES }, (_, p) =>
        run(process.execPath, ['--conditions=react-server', '--import', 'tsx', WORKER, JSON.stringify({ requestId: request.id, startAt, reviewers: clicks.filter((_, i) => i % PROCESSES === p) })], {
          env: { ...process.env },
          cwd: path.join(__dirname, '../..'),
        }),
      ),
    );
    const outcomes = outputs.flatMap((o) => JSON.parse(o.stdout) as { ok: boolean; applied?: boolean; code?: string }[]);
    expect(outcomes).toHaveLength(50);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
    expect(outcomes.filter((o) => o.applied)).toHaveLength(1);
    const refusals = new Set(outcomes.filter((o) => !o.ok).map((o) => o.code));
    expect([...refusals].every((code) => code === 'invalid_state:approval' || code === 'conflict:approval')).toBe(true);
    expect(getDb().select().from(promotionRequests).get()).toMatchObject({ status: 'approved', approvals: 5 });
    expect(getDb().select().from(requestReviews).all()).toHaveLength(5);
    expect(getDb().select().from(stageTransitions).all().filter((t) => t.requestId === request.id)).toHaveLength(1);
  }, 60_000);
});
