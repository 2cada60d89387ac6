import { afterEach, describe, expect, it, vi } from 'vitest';
import { listAlerts } from '@/lib/monitoring/alert-queries';
import { alertActionUseCase } from '@/lib/monitoring/alert-use-cases';
import { ingestBatchUseCase } from '@/lib/monitoring/batches';
import { setMonitoringPolicyUseCase } from '@/lib/monitoring/policy-store';
import { uploadReferenceUseCase } from '@/lib/monitoring/references';
import { createModelUseCase } from '@/lib/registry/models';
import { transitionStageUseCase } from '@/lib/registry/stages';
import { createVersionUseCase } from '@/lib/registry/versions';
import { chunked, table } from '@/lib/testing/monitoring-tables';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createRunUseCase, logBatchUseCase } from '@/lib/tracking/runs';
import type { Actor } from '@/lib/auth/actor';
import { productionHealth } from './production-health';

withTempWorkspace();
afterEach(() => vi.useRealTimers());

const at = (iso: string) => vi.setSystemTime(new Date(iso));

/** A version whose run logged the given metrics, so the health row has an evaluation value to compare with. */
function versionWithRun(actor: Actor, model: string, metrics: Record<string, number>): number {
  const run = createRunUseCase(actor, { experimentName: model, name: `${model}-run` });
  logBatchUseCase(actor, run.uuid, { metrics: Object.entries(metrics).map(([key, value]) => ({ key, value, step: 0, timestamp: 1 })) });
  return createVersionUseCase(actor, model, { runUuid: run.uuid }).version;
}

describe('production health', () => {
  it('shows each live model with its version, live since, key metric against evaluation, drift and open alerts', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-02-02T10:00:00Z');
    const admin = await makeActor('admin');
    const viewer = await makeActor('viewer');
    createModelUseCase(admin, { name: 'weather', taskType: 'classification' });
    createModelUseCase(admin, { name: 'price', taskType: 'regression' });
    createModelUseCase(admin, { name: 'draft', taskType: 'classification' });
    versionWithRun(admin, 'weather', { accuracy: 0.81 });
    const live = versionWithRun(admin, 'weather', { accuracy: 0.86, log_loss: 0.4 });
    versionWithRun(admin, 'price', { mae: 3.2, r2: 0.74, rmse: 4.1 });
    versionWithRun(admin, 'draft', { accuracy: 0.7 });
    const stage = (model: string, version: number, to: string) => transitionStageUseCase(admin, model, version, { stage: to });
    stage('weather', 1, 'production');
    stage('price', 1, 'production');
    stage('draft', 1, 'staging');
    at('2026-02-16T10:00:00Z');
    stage('weather', live, 'production');

    const reference = { modelName: 'weather', version: live, format: 'csv' as const, prediction: 'prediction', label: 'label' };
    await uploadReferenceUseCase(admin, { ...reference, body: chunked(table({ rows: 500, seed: 1, label: true })) });
    setMonitoringPolicyUseCase(admin, 'weather', { critical: ['age'], performance: { accuracy: { min: 0.9 } } });
    const send = (seed: number, shift: number, observedAt: string, label = true) =>
      ingestBatchUseCase(admin, { modelName: 'weather', version: live, format: 'csv', observedAt, body: chunked(table({ rows: 300, seed, shift, label, colors: shift ? ['red', 'black'] : undefined })) });
    const labelled = await send(11, 20, '2026-02-20T00:00:00Z');
    // The newest batch has no labels and no drift: drift is read from it, the metric from the labelled one.
    const newest = await send(3, 0, '2026-02-27T00:00:00Z', false);
    const feature = listAlerts(admin, { model: 'weather', kind: 'feature_drift' })[0]!;
    alertActionUseCase(admin, feature.id, 'resolve', { comment: 'Sensor fixed.' });

    const first = labelled.performance![0]!;
    expect(first).toMatchObject({ metric: 'accuracy', evaluation: 0.86 });
    expect(newest.datasetDrift).toBe(false);
    // Open alerts put weather first, ahead of the alphabet.
    expect(productionHealth(viewer)).toEqual({
      total: 2,
      rows: [
        {
          model: 'weather',
          version: live,
          liveSince: Date.UTC(2026, 1, 16, 10),
          keyMetric: { metric: first.metric, value: first.value, evaluation: first.evaluation, source: 'production' },
          drift: { datasetDrift: false, driftedColumns: newest.driftedCount, columns: newest.columnCount, observedAt: Date.UTC(2026, 1, 27) },
          // dataset drift and accuracy stay unresolved; the age alert was resolved.
          openAlerts: 2,
        },
        { model: 'price', version: 1, liveSince: Date.UTC(2026, 1, 2, 10), keyMetric: { metric: 'r2', value: 0.74, evaluation: 0.74, source: 'evaluation' }, drift: null, openAlerts: 0 },
      ],
    });
  });

  it('reports drift from the latest batch and leaves models out of production off the table', async () => {
    const admin = await makeActor('admin');
    createModelUseCase(admin, { name: 'weather', taskType: 'classification' });
    createVersionUseCase(admin, 'weather', {});
    createModelUseCase(admin, { name: 'bare', taskType: 'classification' });
    createVersionUseCase(admin, 'bare', {});
    transitionStageUseCase(admin, 'weather', 1, { stage: 'production' });
    transitionStageUseCase(admin, 'bare', 1, { stage: 'production' });
    transitionStageUseCase(admin, 'bare', 1, { stage: 'archived' });
    await uploadReferenceUseCase(admin, { modelName: 'weather', version: 1, format: 'csv', prediction: 'prediction', body: chunked(table({ rows: 500, seed: 1 })) });
    const batch = await ingestBatchUseCase(admin, { modelName: 'weather', version: 1, format: 'csv', body: chunked(table({ rows: 300, seed: 11, shift: 20, colors: ['red', 'black'] })) });
    expect(batch.datasetDrift).toBe(true);
    const [row, ...rest] = productionHealth(admin).rows;
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ model: 'weather', version: 1, keyMetric: null, drift: { datasetDrift: true, driftedColumns: batch.driftedCount, columns: batch.columnCount } });
    expect(row!.drift!.driftedColumns).toBeGreaterThan(0);
  });

  it('lists at most a page of models, drifting ones ahead of quiet ones, and counts them all', async () => {
    const admin = await makeActor('admin');
    for (const name of ['a-quiet', 'b-quiet', 'z-drifting']) {
      createModelUseCase(admin, { name, taskType: 'classification' });
      createVersionUseCase(admin, name, {});
      transitionStageUseCase(admin, name, 1, { stage: 'production' });
    }
    await uploadReferenceUseCase(admin, { modelName: 'z-drifting', version: 1, format: 'csv', prediction: 'prediction', body: chunked(table({ rows: 500, seed: 1 })) });
    const batch = await ingestBatchUseCase(admin, { modelName: 'z-drifting', version: 1, format: 'csv', body: chunked(table({ rows: 300, seed: 11, shift: 20, colors: ['red', 'black'] })) });
    expect(batch.datasetDrift).toBe(true);
    // With its alerts resolved, the drift of its latest batch alone still ranks it first.
    for (const alert of listAlerts(admin, { model: 'z-drifting' })) alertActionUseCase(admin, alert.id, 'resolve', { comment: 'Known seasonal shift.' });
    const health = productionHealth(admin, 2);
    expect(health.total).toBe(3);
    expect(health.rows.map((r) => [r.model, r.openAlerts, r.drift?.datasetDrift ?? null])).toEqual([
      ['z-drifting', 0, true],
      ['a-quiet', 0, null],
    ]);
  });
});
