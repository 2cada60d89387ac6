import { afterEach, describe, expect, it, vi } from 'vitest';
import { decideRequestUseCase } from '@/lib/governance/decide';
import { createRequestUseCase } from '@/lib/governance/requests';
import { listAlerts } from '@/lib/monitoring/alert-queries';
import { alertActionUseCase } from '@/lib/monitoring/alert-use-cases';
import { ingestBatchUseCase } from '@/lib/monitoring/batches';
import { setMonitoringPolicyUseCase } from '@/lib/monitoring/policy-store';
import { createModelUseCase } from '@/lib/registry/models';
import { createVersionUseCase } from '@/lib/registry/versions';
import { governanceCast, promotableVersion } from '@/lib/testing/governance-fixture';
import { chunked, monitoredVersion, table } from '@/lib/testing/monitoring-tables';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { alertsPerWeek } from './alert-trend';
import { approvalLeadTime } from './approval-lead-time';
import { isWorkspaceEmpty, overviewCounts } from './counts';
import { productionHealth } from './production-health';
import { productionOverTime } from './production-trend';
import { WEEK_MS } from './weeks';

withTempWorkspace();
afterEach(() => vi.useRealTimers());

const at = (iso: string) => vi.setSystemTime(new Date(iso));
const justification = 'Beats production on the hold-out set.';

describe('an empty workspace', () => {
  it('says it is empty and has nothing to count or draw', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-03-04T12:00:00Z');
    const viewer = await makeActor('viewer');
    expect(isWorkspaceEmpty(viewer)).toBe(true);
    expect(overviewCounts(viewer)).toEqual({ models: 0, versionsThisMonth: 0, inProduction: 0, pendingApprovals: 0, openAlerts: { warning: 0, critical: 0 } });
    const weeks = productionOverTime(viewer);
    expect(weeks).toHaveLength(26);
    // Monday 2 March 2026 is the current week; the window starts 25 weeks before it.
    expect(weeks.at(-1)!.weekStart).toBe(Date.UTC(2026, 2, 2));
    expect(weeks[0]!.weekStart).toBe(Date.UTC(2026, 2, 2) - 25 * WEEK_MS);
    expect(weeks.every((w) => w.models === 0)).toBe(true);
    expect(alertsPerWeek(viewer).every((w) => w.opened === 0 && w.resolved === 0)).toBe(true);
    expect(approvalLeadTime(viewer).every((w) => w.decisions === 0 && w.medianHours === null)).toBe(true);
    expect(productionHealth(viewer)).toEqual({ rows: [], total: 0 });
  });
});

describe('overview counts', () => {
  it('counts models, this month’s versions, production models, open requests and unresolved alerts by severity', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-02-27T09:00:00Z');
    const { author, requester, reviewer, viewer } = await governanceCast('churn');
    await promotableVersion(author, 'churn');
    createModelUseCase(author, { name: 'fraud', taskType: 'classification' });
    const fraudV1 = await promotableVersion(author, 'fraud');
    // A request made in February expires after the medium tier's 7 days, before the counts are read.
    createRequestUseCase(requester, 'fraud', fraudV1, { targetStage: 'staging', justification });

    at('2026-03-10T09:00:00Z');
    const churnV2 = await promotableVersion(author, 'churn');
    const promoted = createRequestUseCase(requester, 'churn', churnV2, { targetStage: 'production', justification });
    decideRequestUseCase(reviewer, promoted.id, { decision: 'approve' });
    const fraudV2 = await promotableVersion(author, 'fraud');
    createRequestUseCase(requester, 'fraud', fraudV2, { targetStage: 'production', justification });

    const { ds } = await monitoredVersion();
    setMonitoringPolicyUseCase(ds, 'm', { critical: ['age'], performance: { accuracy: { min: 0.9 } } });
    await ingestBatchUseCase(ds, { modelName: 'm', version: 1, format: 'csv', body: chunked(table({ rows: 300, seed: 11, shift: 20, label: true, colors: ['red', 'black'] })) });
    const feature = listAlerts(ds, { kind: 'feature_drift' })[0]!;
    alertActionUseCase(ds, feature.id, 'resolve', { comment: 'Sensor feed fixed.' });
    createVersionUseCase(ds, 'm', {});

    // churn v1 (Feb), fraud v1 (Feb) are last month; churn v2, fraud v2, m v1, m v2 this month.
    expect(isWorkspaceEmpty(viewer)).toBe(false);
    expect(overviewCounts(viewer)).toEqual({
      models: 3,
      versionsThisMonth: 4,
      inProduction: 1,
      pendingApprovals: 1,
      // dataset drift (warning) and accuracy (critical) stay; the resolved age alert does not count.
      openAlerts: { warning: 1, critical: 1 },
    });
    expect(overviewCounts(viewer, Date.UTC(2026, 3, 1))).toMatchObject({ versionsThisMonth: 0 });
  });
});
