import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { createModelUseCase } from '@/lib/registry/models';
import { createVersionUseCase } from '@/lib/registry/versions';
import { createRunUseCase, logBatchUseCase } from '@/lib/tracking/runs';
import { getComparison } from './comparison';
import { getHistoryWindow, getMetricTrend } from './history';
import { setMetricDirectionUseCase } from './metric-directions';

withTempWorkspace();

async function setup() {
  const ds = await makeActor('data_scientist');
  createModelUseCase(ds, { name: 'churn', taskType: 'classification' });
  for (const [i, lr] of ['0.1', '0.05', '0.01'].entries()) {
    const run = createRunUseCase(ds, { experimentName: 'churn', name: `r${i}` });
    const loss = Array.from({ length: 2000 }, (_, s) => ({ key: 'loss', value: 1 / (s + 1) + (s === 700 ? 5 : 0) + i, step: s, timestamp: 1_000 * s }));
    logBatchUseCase(ds, run.uuid, { params: { lr, depth: '4' }, metrics: [...loss, { key: 'accuracy', value: 0.8 + i * 0.05, step: 0, timestamp: 1 }] });
    createVersionUseCase(ds, 'churn', { runUuid: run.uuid, inputSignature: [{ name: 'age', type: i === 2 ? 'double' : 'long' }] });
  }
  return ds;
}

describe('comparison', () => {
  it('lines up metrics, params and signatures of the picked versions against a baseline', async () => {
    const ds = await setup();
    const c = getComparison(ds, ['churn@1', 'churn@2', 'churn@3'], 'churn@2');
    expect(c.versions.map((v) => [v.label, v.color])).toEqual([['v1', '#0072B2'], ['v2', '#E69F00'], ['v3', '#009E73']]);
    expect(c.baseline).toBe(1);
    const accuracy = c.metrics.find((m) => m.key === 'accuracy')!;
    expect(accuracy.best).toEqual([2]);
    expect(accuracy.deltas[0]?.abs).toBeCloseTo(-0.05);
    expect(c.metrics.find((m) => m.key === 'loss')).toMatchObject({ direction: 'lower', best: [0] });
    expect(c.params.map((p) => [p.key, p.differs])).toEqual([['depth', false], ['lr', true]]);
    expect(c.signature).toEqual([{ column: 'age', types: ['long', 'long', 'double'], change: 'retyped' }]);
    expect(c.historyKeys).toEqual(['loss']);
  });

  it('ranks by the model’s own direction for a metric, and forgets it on request', async () => {
    const ds = await setup();
    const viewer = await makeActor('viewer');
    expect(setMetricDirectionUseCase(ds, 'churn', { metric: 'accuracy', direction: 'lower' })).toEqual({ metric: 'accuracy', direction: 'lower' });
    expect(getComparison(ds, ['churn@1', 'churn@3']).metrics.find((m) => m.key === 'accuracy')).toMatchObject({ direction: 'lower', best: [0] });
    expect((await expectAppError(() => setMetricDirectionUseCase(viewer, 'churn', { metric: 'accuracy', direction: 'higher' }))).kind).toBe('forbidden');
    expect((await expectAppError(() => setMetricDirectionUseCase(ds, 'churn', { metric: 'accuracy', direction: 'sideways' }))).fieldErrors).toHaveProperty('direction');
    setMetricDirectionUseCase(ds, 'churn', { metric: 'accuracy', direction: null });
    expect(getComparison(ds, ['churn@1', 'churn@3']).metrics.find((m) => m.key === 'accuracy')).toMatchObject({ direction: 'higher', best: [1] });
  });

  it('names unknown versions and refuses single or malformed picks', async () => {
    const ds = await setup();
    expect((await expectAppError(() => getComparison(ds, ['churn@1', 'churn@9', 'nope@1']))).message).toBe('No such version: churn@9, nope@1.');
    expect((await expectAppError(() => getComparison(ds, 'churn@1'))).kind).toBe('bad_request');
  });

  it('samples histories to the asked size, keeping the spike, and zooms into a range', async () => {
    const ds = await setup();
    const all = getHistoryWindow(ds, ['churn@1', 'churn@3'], { metric: 'loss', points: 100 });
    expect(all.series.map((s) => [s.totalPoints, s.x.length <= 100])).toEqual([[2000, true], [2000, true]]);
    expect(Math.max(...all.series[0]!.value)).toBeCloseTo(5 + 1 / 701);
    const zoomed = getHistoryWindow(ds, ['churn@1', 'churn@3'], { metric: 'loss', from: '690', to: '710', points: '100' });
    expect(zoomed.series[0]?.x).toEqual(Array.from({ length: 21 }, (_, i) => 690 + i));
    const byTime = getHistoryWindow(ds, ['churn@1', 'churn@2'], { metric: 'loss', axis: 'time', from: 0, to: 2000 });
    expect(byTime.series[0]?.x).toEqual([0, 1000, 2000]);
    expect((await expectAppError(() => getHistoryWindow(ds, ['churn@1', 'churn@2'], { metric: 'loss', points: 5 }))).kind).toBe('bad_request');
  });

  it('refuses a window that ends before it starts, reads an empty bound as none, and names every unknown version', async () => {
    const ds = await setup();
    const reversed = await expectAppError(() => getHistoryWindow(ds, ['churn@1', 'churn@2'], { metric: 'loss', from: '500', to: '400' }));
    expect(reversed.fieldErrors).toHaveProperty('to');
    const open = getHistoryWindow(ds, ['churn@1', 'churn@2'], { metric: 'loss', from: '', to: '1', points: '16' });
    expect([open.from, open.series[0]?.x]).toEqual([null, [0, 1]]);
    expect((await expectAppError(() => getHistoryWindow(ds, ['churn@1', 'churn@7', 'gone@1'], { metric: 'loss' }))).message).toBe('No such version: churn@7, gone@1.');
  });

  it('records a direction change once, and nothing when the direction is already set', async () => {
    const ds = await setup();
    const audits = () => (getDb().$client.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'model.metric_direction'").get() as { n: number }).n;
    setMetricDirectionUseCase(ds, 'churn', { metric: 'loss', direction: 'higher' });
    expect(setMetricDirectionUseCase(ds, 'churn', { metric: 'loss', direction: 'higher' })).toEqual({ metric: 'loss', direction: 'higher' });
    setMetricDirectionUseCase(ds, 'churn', { metric: 'auc', direction: null });
    expect(audits()).toBe(1);
  });

  it('traces a metric across every version of the model', async () => {
    const ds = await setup();
    expect(getMetricTrend(ds, 'churn', 'accuracy').map((p) => [p.version, Number(p.value?.toFixed(2))])).toEqual([[1, 0.8], [2, 0.85], [3, 0.9]]);
    expect(getMetricTrend(ds, 'churn', 'nothing').every((p) => p.value === null)).toBe(true);
  });
});
