import { afterEach, describe, expect, it, vi } from 'vitest';
import { decideRequestUseCase } from '@/lib/governance/decide';
import { cancelRequestUseCase, createRequestUseCase } from '@/lib/governance/requests';
import { listAlerts } from '@/lib/monitoring/alert-queries';
import { alertActionUseCase } from '@/lib/monitoring/alert-use-cases';
import { ingestBatchUseCase } from '@/lib/monitoring/batches';
import { setMonitoringPolicyUseCase } from '@/lib/monitoring/policy-store';
import { createModelUseCase } from '@/lib/registry/models';
import { transitionStageUseCase } from '@/lib/registry/stages';
import { createVersionUseCase } from '@/lib/registry/versions';
import { governanceCast, promotableVersion } from '@/lib/testing/governance-fixture';
import { chunked, monitoredVersion, table } from '@/lib/testing/monitoring-tables';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { alertsPerWeek } from './alert-trend';
import { approvalLeadTime } from './approval-lead-time';
import { productionOverTime } from './production-trend';

withTempWorkspace();
afterEach(() => vi.useRealTimers());

const at = (iso: string) => vi.setSystemTime(new Date(iso));
// Mondays of 2026: the window read on 2026-03-04 ends with the week of 2 March (index 25).
const NOW = '2026-03-04T12:00:00Z';
const byWeek = <T extends { weekStart: number }>(weeks: T[]) => new Map(weeks.map((w) => [new Date(w.weekStart).toISOString().slice(0, 10), w]));

describe('models in production over time', () => {
  it('replays transitions into and out of production, week by week, from a state set before the window', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2025-06-02T10:00:00Z');
    const admin = await makeActor('admin');
    for (const name of ['a', 'b', 'c']) {
      createModelUseCase(admin, { name, taskType: 'classification' });
      createVersionUseCase(admin, name, {});
      createVersionUseCase(admin, name, {});
    }
    const move = (model: string, version: number, stage: string) => transitionStageUseCase(admin, model, version, { stage });
    move('a', 1, 'production'); // months before the window: a is live from its first week
    at('2026-02-03T10:00:00Z');
    move('b', 1, 'production');
    at('2026-02-10T10:00:00Z');
    move('a', 2, 'production'); // displaces a v1: still one model
    move('c', 1, 'staging'); // not production: no effect
    at('2026-02-24T10:00:00Z');
    move('b', 1, 'archived');
    at('2026-03-03T10:00:00Z');
    move('c', 1, 'production');
    move('b', 2, 'production');
    at(NOW);
    const weeks = byWeek(productionOverTime(admin));
    expect(weeks.get('2025-09-08')?.models).toBe(1); // the first week shown
    expect(weeks.get('2026-01-26')?.models).toBe(1);
    expect(weeks.get('2026-02-02')?.models).toBe(2);
    expect(weeks.get('2026-02-09')?.models).toBe(2);
    expect(weeks.get('2026-02-16')?.models).toBe(2);
    expect(weeks.get('2026-02-23')?.models).toBe(1);
    expect(weeks.get('2026-03-02')?.models).toBe(3);
  });
});

describe('alerts per week', () => {
  it('counts alerts by the week they were first seen and the week they were resolved', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-02-17T10:00:00Z');
    const { ds } = await monitoredVersion();
    setMonitoringPolicyUseCase(ds, 'm', { critical: ['age'], performance: { accuracy: { min: 0.9 } } });
    const send = (seed: number) => ingestBatchUseCase(ds, { modelName: 'm', version: 1, format: 'csv', body: chunked(table({ rows: 300, seed, shift: 20, label: true, colors: ['red', 'black'] })) });
    await send(11); // opens dataset drift, age and accuracy alerts
    at('2026-02-25T10:00:00Z');
    for (const alert of listAlerts(ds, { status: 'unresolved' })) alertActionUseCase(ds, alert.id, 'resolve', { comment: 'Handled.' });
    at('2026-03-02T08:00:00Z');
    await send(12); // the same three open again, as new alerts
    const age = listAlerts(ds, { status: 'unresolved', kind: 'feature_drift' })[0]!;
    alertActionUseCase(ds, age.id, 'resolve', { comment: 'Handled again.' });
    at(NOW);
    const weeks = alertsPerWeek(ds);
    expect(weeks.reduce((n, w) => n + w.opened, 0)).toBe(6);
    const map = byWeek(weeks);
    expect(map.get('2026-02-16')).toMatchObject({ opened: 3, resolved: 0 });
    expect(map.get('2026-02-23')).toMatchObject({ opened: 0, resolved: 3 });
    expect(map.get('2026-03-02')).toMatchObject({ opened: 3, resolved: 1 });
  });
});

describe('approval lead time', () => {
  it('takes the median hours from request to decision per week of decision, ignoring cancelled requests', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-02-09T08:00:00Z');
    const { author, requester, reviewer } = await governanceCast('churn');
    const versions: number[] = [];
    for (let i = 0; i < 5; i++) versions.push(await promotableVersion(author, 'churn'));
    const ask = (i: number) => createRequestUseCase(requester, 'churn', versions[i]!, { targetStage: 'staging', justification: 'Ready for staging.' });
    const decide = (id: number, decision: 'approve' | 'reject') => decideRequestUseCase(reviewer, id, { decision, comment: decision === 'reject' ? 'Not yet.' : '' });
    const first = ask(0);
    const second = ask(1);
    const third = ask(2);
    const withdrawn = ask(3);
    at('2026-02-09T10:00:00Z');
    decide(first.id, 'approve'); // 2 h
    at('2026-02-09T14:00:00Z');
    decide(second.id, 'reject'); // 6 h
    cancelRequestUseCase(requester, withdrawn.id); // not decided by anyone
    at('2026-02-10T09:00:00Z');
    decide(third.id, 'approve'); // 25 h
    at('2026-02-23T08:00:00Z');
    const late = ask(4);
    at('2026-02-25T20:00:00Z');
    decide(late.id, 'approve'); // 60 h
    at(NOW);
    const weeks = byWeek(approvalLeadTime(reviewer));
    expect(weeks.get('2026-02-09')).toMatchObject({ decisions: 3, medianHours: 6 });
    expect(weeks.get('2026-02-16')).toMatchObject({ decisions: 0, medianHours: null });
    expect(weeks.get('2026-02-23')).toMatchObject({ decisions: 1, medianHours: 60 });
  });
});
