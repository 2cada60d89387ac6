import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { webhookEvents } from '@/db/schema';
import { chunked, monitoredVersion, table } from '@/lib/testing/monitoring-tables';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { expectAppError } from '@/lib/testing/expect-app-error';
import type { EventPayload } from '@/lib/webhooks/payload';
import { createWebhookUseCase } from '@/lib/webhooks/use-cases';
import { alertCounts, listAlerts } from './alert-queries';
import { alertActionUseCase } from './alert-use-cases';
import { ingestBatchUseCase } from './batches';
import { submitLabelsUseCase } from './labels';
import { setMonitoringPolicyUseCase } from './policy-store';

withTempWorkspace();

const events = () => getDb().select().from(webhookEvents).all().map((e) => ({ type: e.type, payload: JSON.parse(e.payload) as EventPayload }));

async function driftingVersion() {
  const admin = await makeActor('admin');
  createWebhookUseCase(admin, { url: 'https://hooks.example.com/in', events: ['alert.opened', 'alert.resolved', 'retraining.requested'] });
  const { ds } = await monitoredVersion();
  setMonitoringPolicyUseCase(ds, 'm', { critical: ['age'], performance: { accuracy: { min: 0.9 } } });
  const send = (seed: number, shift: number) => ingestBatchUseCase(ds, { modelName: 'm', version: 1, format: 'csv', body: chunked(table({ rows: 300, seed, shift, label: true, colors: ['red', 'black'] })) });
  return { ds, send };
}

describe('alerts', () => {
  it('opens one alert per version, kind and subject, and counts repeats instead of duplicating', async () => {
    const { ds, send } = await driftingVersion();
    const first = await send(11, 20);
    expect(first.alerts.map((a) => [a.kind, a.subject, a.severity]).sort()).toEqual([
      ['dataset_drift', '', 'warning'],
      ['feature_drift', 'age', 'critical'],
      ['performance', 'accuracy', 'critical'],
    ]);
    await send(12, 25);
    const alerts = listAlerts(ds, { status: 'unresolved' });
    expect(alerts).toHaveLength(3);
    expect(alerts.every((a) => a.occurrences === 2)).toBe(true);
    expect(alertCounts(ds)).toEqual({ open: 3, acknowledged: 0, critical: 2 });
    expect(events().filter((e) => e.type === 'alert.opened')).toHaveLength(3);
    expect(events()[0]!.payload.data).toMatchObject({ model: 'm', version: 1 });
  });

  it('moves open → acknowledged → resolved with who, when and why; a later repeat opens a new alert', async () => {
    const { send } = await driftingVersion();
    const reviewer = await makeActor('reviewer');
    await send(13, 20);
    const feature = listAlerts(reviewer, { kind: 'feature_drift' })[0]!;
    const acknowledged = alertActionUseCase(reviewer, feature.id, 'acknowledge', { comment: 'Looking at the sensor feed.' });
    expect(acknowledged).toMatchObject({ status: 'acknowledged', acknowledgedBy: reviewer.name, acknowledgeComment: 'Looking at the sensor feed.' });
    expect((await expectAppError(() => alertActionUseCase(reviewer, feature.id, 'acknowledge', {}))).status).toBe(409);
    const refused = await expectAppError(() => alertActionUseCase(reviewer, feature.id, 'resolve', { comment: ' ' }));
    expect(refused.fieldErrors?.comment).toBeDefined();
    const resolved = alertActionUseCase(reviewer, feature.id, 'resolve', { comment: 'Feed fixed upstream.' });
    expect(resolved).toMatchObject({ status: 'resolved', resolvedBy: reviewer.name, resolveComment: 'Feed fixed upstream.' });
    expect(resolved.resolvedAt).toBeGreaterThanOrEqual(resolved.acknowledgedAt!);
    expect(events().filter((e) => e.type === 'alert.resolved')).toHaveLength(1);

    await send(14, 20);
    const ageAlerts = listAlerts(reviewer, { kind: 'feature_drift' });
    expect(ageAlerts.map((a) => [a.status, a.occurrences])).toEqual([['open', 1], ['resolved', 1]]);
  });

  it('sends retraining.requested with the model, version, alert and the drift that raised it', async () => {
    const { ds: scientist, send } = await driftingVersion();
    await send(15, 20);
    const alert = listAlerts(scientist, { kind: 'dataset_drift' })[0]!;
    alertActionUseCase(scientist, alert.id, 'retraining', { comment: 'Retrain on last quarter.' });
    const event = events().find((e) => e.type === 'retraining.requested')!;
    expect(event.payload.data).toMatchObject({ model: 'm', version: 1 });
    const after = event.payload.data.after as { alert: { id: number; kind: string }; drift: { column: string; drifted: boolean }[]; comment: string };
    expect(after.alert).toMatchObject({ id: alert.id, kind: 'dataset_drift' });
    expect(after.drift.find((d) => d.column === 'age')?.drifted).toBe(true);
    expect(after.comment).toBe('Retrain on last quarter.');
  });

  it('lets a data scientist triage only the alerts of models their team owns', async () => {
    const { ds, send } = await driftingVersion();
    await send(17, 20);
    const alert = listAlerts(ds, { kind: 'dataset_drift' })[0]!;
    const outsider = await makeActor('data_scientist', 'another-team');
    expect((await expectAppError(() => alertActionUseCase(outsider, alert.id, 'retraining', {}))).status).toBe(403);
    expect(alertActionUseCase(ds, alert.id, 'acknowledge', {}).status).toBe('acknowledged');
  });

  it('counts labels sent again for the same batch once', async () => {
    const { ds } = await driftingVersion();
    const csv = table({ rows: 300, seed: 18, colors: ['red', 'black'], label: true }).trim().split('\n').map((l) => l.split(','));
    const report = await ingestBatchUseCase(ds, { modelName: 'm', version: 1, format: 'csv', body: chunked(csv.map((c) => c.slice(0, 4).join(',')).join('\n')) });
    const labels = csv.map((c, i) => (i === 0 ? 'label' : c[4])).join('\n');
    for (let i = 0; i < 2; i++) await submitLabelsUseCase(ds, { modelName: 'm', version: 1, batchId: report.id, format: 'csv', body: chunked(labels) });
    expect(listAlerts(ds, { kind: 'performance' }).map((a) => a.occurrences)).toEqual([1]);
  });

  it('lets viewers read alerts but not triage them, and refuses unknown actions', async () => {
    const { send } = await driftingVersion();
    await send(16, 20);
    const viewer = await makeActor('viewer');
    const alert = listAlerts(viewer, {})[0]!;
    const reviewer = await makeActor('reviewer');
    const before = tableCounts();
    expect((await expectAppError(() => alertActionUseCase(viewer, alert.id, 'acknowledge', {}))).status).toBe(403);
    expect((await expectAppError(() => alertActionUseCase(viewer, alert.id, 'delete', {}))).status).toBe(404);
    expect((await expectAppError(() => alertActionUseCase(reviewer, 'x1', 'resolve', { comment: 'no' }))).status).toBe(404);
    expect(tableCounts()).toEqual(before);
  });
});
