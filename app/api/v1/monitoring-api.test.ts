import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { uploadArtifactUseCase } from '@/lib/registry/artifacts';
import { createModelUseCase } from '@/lib/registry/models';
import { createVersionUseCase } from '@/lib/registry/versions';
import { chunked, table } from '@/lib/testing/monitoring-tables';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import * as alertAction from './alerts/[id]/[action]/route';
import * as alerts from './alerts/route';
import * as policy from './models/[name]/monitoring-policy/route';
import * as labels from './models/[name]/versions/[version]/batches/[id]/labels/route';
import * as batches from './models/[name]/versions/[version]/batches/route';
import * as reference from './models/[name]/versions/[version]/reference/route';

withTempWorkspace();

const version = { name: 'm', version: '1' };

function call(token: string, method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  return new NextRequest(`http://localhost${path}`, { method, headers: { authorization: `Bearer ${token}`, ...headers }, body });
}

async function json(response: Promise<Response> | Response) {
  const res = await response;
  return { status: res.status, body: await res.json() };
}

async function setup() {
  const ds = await makeActor('data_scientist');
  createModelUseCase(ds, { name: 'm', taskType: 'classification' });
  createVersionUseCase(ds, 'm', {});
  return { ds, token: createTokenUseCase(ds, { name: 'pipeline' }).token };
}

const put = (token: string, query: string, body?: string, headers?: Record<string, string>) =>
  json(reference.PUT(call(token, 'PUT', `/api/v1/models/m/versions/1/reference${query}`, body, headers), { params: Promise.resolve(version) }));
const post = (token: string, query: string, body: string, headers?: Record<string, string>) =>
  json(batches.POST(call(token, 'POST', `/api/v1/models/m/versions/1/batches${query}`, body, headers), { params: Promise.resolve(version) }));

describe('/api/v1 monitoring', () => {
  it('takes a reference, answers a batch with its drift report, and scores late labels', async () => {
    const { token } = await setup();
    const ref = await put(token, '?prediction=prediction&label=label', table({ rows: 300, seed: 1, label: true }), { 'content-type': 'text/csv' });
    expect(ref.status).toBe(201);
    expect(ref.body.reference.columns.map((c: { name: string }) => c.name)).toEqual(['age', 'income', 'color', 'prediction', 'label']);

    const rows = table({ rows: 200, seed: 2, shift: 20 }).trim().split('\n').map((line) => line.split(','));
    const ndjson = rows.slice(1).map(([age, income, color, prediction]) => JSON.stringify({ age: Number(age), income: Number(income), color, prediction })).join('\n');
    const created = await post(token, '?timestamp=2024-03-01T00:00:00Z', ndjson, { 'content-type': 'application/x-ndjson' });
    expect(created.status).toBe(201);
    expect(created.body.report).toMatchObject({ rowCount: 200, observedAt: Date.parse('2024-03-01T00:00:00Z'), performance: null });
    expect(created.body.report.columns.find((c: { name: string }) => c.name === 'age').drifted).toBe(true);

    const truth = ['label', ...rows.slice(1).map((r) => r[3])].join('\n');
    const scored = await json(labels.POST(call(token, 'POST', `/api/v1/models/m/versions/1/batches/${created.body.report.id}/labels?format=csv`, truth), { params: Promise.resolve({ ...version, id: String(created.body.report.id) }) }));
    expect(scored.status).toBe(200);
    expect(scored.body.report.performance.find((p: { metric: string }) => p.metric === 'accuracy').value).toBe(1);
  });

  it('answers bad input with 400 or 413 and where it failed, storing nothing', async () => {
    const { token } = await setup();
    await put(token, '?format=csv', table({ rows: 100, seed: 1 }));
    const before = tableCounts();
    const wrong = await post(token, '?format=csv', 'age,income,color,prediction\n31,40000,red,yes\n32,lots,red,no\n');
    expect(wrong).toEqual({ status: 400, body: { error: { code: 'bad_request:monitoring', message: 'Row 2, column "income": "lots" is not a number.', details: { row: 2, column: 'income' } } } });
    expect((await post(token, '?format=xml', 'x')).status).toBe(400);
    const when = await post(token, '?timestamp=yesterday', 'x');
    expect(when.status).toBe(400);
    expect(when.body.error.details._).toEqual(['Give the batch time as ISO 8601 (2024-05-01T00:00:00Z) or epoch milliseconds.']);
    const huge = await post(token, '', 'age\n1\n', { 'content-length': String(10 * 1024 ** 3) });
    expect(huge.status).toBe(413);
    expect(tableCounts()).toEqual(before);
  });

  it('takes a reference from a lineage dataset whose file Modelboard stores', async () => {
    const ds = await makeActor('data_scientist');
    const token = createTokenUseCase(ds, { name: 'pipeline' }).token;
    createModelUseCase(ds, { name: 'm', taskType: 'classification' });
    const csv = table({ rows: 50, seed: 3 });
    createVersionUseCase(ds, 'm', {});
    const stored = await uploadArtifactUseCase(ds, { modelName: 'm', version: 1, fileName: 'train.csv', body: chunked(csv) });
    createVersionUseCase(ds, 'm', { datasets: [{ name: 'train', version: 'v1', role: 'training', contentHash: stored.sha256, rowCount: 50 }] });
    const res = await json(reference.PUT(call(token, 'PUT', '/api/v1/models/m/versions/2/reference?dataset=train@v1'), { params: Promise.resolve({ name: 'm', version: '2' }) }));
    expect(res.status).toBe(201);
    expect(res.body.reference).toMatchObject({ rowCount: 50, source: 'dataset:train@v1', sha256: stored.sha256 });
    const missing = await json(reference.PUT(call(token, 'PUT', '/api/v1/models/m/versions/2/reference?dataset=other@v1'), { params: Promise.resolve({ name: 'm', version: '2' }) }));
    expect(missing.status).toBe(404);
  });

  it('sets the policy, lists alerts and triages them through the API', async () => {
    const { token } = await setup();
    const bad = await json(policy.PUT(call(token, 'PUT', '/api/v1/models/m/monitoring-policy', JSON.stringify({ datasetDriftShare: 2 })), { params: Promise.resolve({ name: 'm' }) }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.datasetDriftShare).toBeDefined();
    const set = await json(policy.PUT(call(token, 'PUT', '/api/v1/models/m/monitoring-policy', JSON.stringify({ critical: ['age'] })), { params: Promise.resolve({ name: 'm' }) }));
    expect(set.body.policy.critical).toEqual(['age']);
    await put(token, '?format=csv', table({ rows: 300, seed: 1 }));
    await post(token, '?format=csv', table({ rows: 300, seed: 5, shift: 25 }));

    const listed = await json(alerts.GET(call(token, 'GET', '/api/v1/alerts?kind=feature_drift&status=unresolved'), { params: Promise.resolve({}) }));
    expect(listed.body.alerts).toHaveLength(1);
    expect(listed.body.counts.critical).toBe(1);
    const id = String(listed.body.alerts[0].id);
    const act = (action: string, body: unknown) => json(alertAction.POST(call(token, 'POST', `/api/v1/alerts/${id}/${action}`, JSON.stringify(body)), { params: Promise.resolve({ id, action }) }));
    expect((await act('resolve', {})).status).toBe(400);
    expect((await act('acknowledge', { comment: 'on it' })).body.alert).toMatchObject({ status: 'acknowledged', acknowledgeComment: 'on it' });
    expect((await act('resolve', { comment: 'fixed' })).body.alert.status).toBe('resolved');
    expect((await act('escalate', {})).status).toBe(404);
  });
});
