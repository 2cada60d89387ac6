import { describe, expect, it } from 'vitest';
import { decideRequestUseCase } from '@/lib/governance/decide';
import { createRequestUseCase } from '@/lib/governance/requests';
import { governanceCast, promotableVersion } from '@/lib/testing/governance-fixture';
import { withTempWorkspace } from '@/lib/testing/temp-workspace';
import { getModelReport } from './model-report';

withTempWorkspace();

describe('the model report', () => {
  it('gathers production, its card, the versions, the approvals and the stage history for any reader', async () => {
    const { author, requester, reviewer, viewer } = await governanceCast('churn');
    await promotableVersion(author, 'churn', 0.9);
    const v2 = await promotableVersion(author, 'churn', 0.94);
    const request = createRequestUseCase(requester, 'churn', v2, { targetStage: 'production', justification: 'Better recall on the 2024 hold-out.' });
    decideRequestUseCase(reviewer, request.id, { decision: 'approve', comment: 'Checked.' });

    const report = getModelReport(viewer, 'churn');
    expect(report.production?.detail.version).toBe(v2);
    expect(report.production?.card.completeness).toEqual({ filled: 8, total: 8, missing: [] });
    expect(report.production?.batches).toEqual([]);
    expect(report.versions.rows.map((v) => [v.version, v.stage])).toEqual([
      [2, 'production'],
      [1, 'development'],
    ]);
    expect(report.requests).toMatchObject([{ id: request.id, status: 'approved', reviews: [{ reviewer: reviewer.name, decision: 'approve', comment: 'Checked.' }] }]);
    expect(report.history.map((t) => [t.version, t.from, t.to, t.cause])).toEqual([[2, 'development', 'production', 'request']]);
  });

  it('says plainly when nothing is in production', async () => {
    const { author, viewer } = await governanceCast('churn');
    await promotableVersion(author, 'churn');
    expect(getModelReport(viewer, 'churn')).toMatchObject({ production: null, requests: [], history: [] });
  });
});
