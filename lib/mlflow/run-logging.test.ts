import { describe, expect, it } from 'vitest';
import { callRoute } from '@/lib/testing/call-route';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import { mlflowRoute } from './route';

withTempWorkspace();

const post = (token: string, endpoint: string, body: Record<string, unknown>) =>
  callRoute(mlflowRoute.POST, token, { method: 'POST', path: `/api/2.0/mlflow/${endpoint}`, params: { endpoint: endpoint.split('/') }, body });

async function startRun(): Promise<{ t: string; run_id: string }> {
  const t = createTokenUseCase(await makeActor('data_scientist'), { name: 't' }).token;
  const experiment_id = (await post(t, 'experiments/create', { name: 'e' })).body.experiment_id;
  return { t, run_id: (await post(t, 'runs/create', { experiment_id })).body.run.info.run_id };
}

const metrics = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `m${i % 7}`, value: i, timestamp: i, step: i }));
const pairs = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ key: `${prefix}${i}`, value: 'v' }));

describe('MLflow batch limits on the logging endpoints', () => {
  it('logs batches at the limits', async () => {
    const { t, run_id } = await startRun();
    expect((await post(t, 'runs/log-batch', { run_id, metrics: metrics(800), params: pairs(100, 'p'), tags: pairs(100, 't') })).status).toBe(200);
    expect((await post(t, 'runs/log-batch', { run_id, metrics: metrics(1000) })).status).toBe(200);
    expect((await post(t, 'runs/log-parameter', { run_id, key: 'k'.repeat(250), value: 'v'.repeat(6000) })).status).toBe(200);
    expect((await post(t, 'runs/set-tag', { run_id, key: 'note', value: 'v'.repeat(5000) })).status).toBe(200);
  });

  it.each([
    ['runs/log-batch', { metrics: metrics(1001) }, 'A batch logging request can contain at most 1000 metrics. Got 1001 metrics. Please split up metrics across multiple requests and try again.'],
    ['runs/log-batch', { params: pairs(101, 'p') }, 'A batch logging request can contain at most 100 params. Got 101 params. Please split up params across multiple requests and try again.'],
    ['runs/log-batch', { tags: pairs(101, 't') }, 'A batch logging request can contain at most 100 tags. Got 101 tags. Please split up tags across multiple requests and try again.'],
    ['runs/log-batch', { metrics: metrics(901), tags: pairs(100, 't') }, 'A batch logging request can contain at most 1000 metrics, params, and tags. Got 1001 metrics, params, and tags.'],
    ['runs/log-batch', { params: [{ key: 'a', value: '1' }, { key: 'a', value: '1' }] }, "Duplicate parameter keys have been submitted: ['a']."],
    ['runs/log-batch', { metrics: [...metrics(3), { key: 'bad:key', value: 1, timestamp: 1, step: 0 }] }, "Invalid metric name: 'bad:key'."],
    ['runs/log-metric', { key: 'm'.repeat(251), value: 1, timestamp: 1 }, 'had length 251, which exceeded length limit of 250'],
    ['runs/log-parameter', { key: 'p', value: 'v'.repeat(6001) }, `Param value '${'v'.repeat(250)}' had length 6001, which exceeded length limit of 6000`],
    ['runs/log-parameter', { key: 'p'.repeat(251), value: '1' }, 'Param key'],
    ['runs/set-tag', { key: 't', value: 'v'.repeat(5001) }, 'Tag value'],
    ['runs/set-tag', { key: '../escape', value: '1' }, "Invalid tag name: '../escape'."],
  ])('%s refuses %#', async (endpoint, body, message) => {
    const { t, run_id } = await startRun();
    const before = tableCounts();
    const refused = await post(t, endpoint, { run_id, ...body });
    expect(refused).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE' } });
    expect(refused.body.message).toContain(message);
    expect(tableCounts()).toEqual(before);
  });

  it('refuses to change a logged param, as MLflow does, and accepts the same value again', async () => {
    const { t, run_id } = await startRun();
    await post(t, 'runs/log-parameter', { run_id, key: 'depth', value: '4' });
    const before = tableCounts();
    expect(await post(t, 'runs/log-parameter', { run_id, key: 'depth', value: '5' })).toMatchObject({
      status: 400,
      body: {
        error_code: 'INVALID_PARAMETER_VALUE',
        message: `Changing param values is not allowed. Param with key='depth' was already logged with value='4' for run ID='${run_id}'. Attempted logging new value '5'.`,
      },
    });
    const batch = await post(t, 'runs/log-batch', { run_id, params: [{ key: 'lr', value: '0.1' }, { key: 'depth', value: '6' }], metrics: metrics(2) });
    expect(batch.body.message).toBe(`Changing param values is not allowed. Params were already logged='[{'key': 'depth', 'old_value': '4', 'new_value': '6'}]' for run ID='${run_id}'.`);
    expect(tableCounts()).toEqual(before);
    expect((await post(t, 'runs/log-parameter', { run_id, key: 'depth', value: '4' })).status).toBe(200);
    expect((await post(t, 'runs/log-parameter', { run_id: 'f'.repeat(32), key: 'depth', value: '4' })).status).toBe(404);
  });

  it('lists every changed param of a batch, and answers a viewer with a refusal, not with the param rule', async () => {
    const { t, run_id } = await startRun();
    await post(t, 'runs/log-batch', { run_id, params: [{ key: 'depth', value: '4' }, { key: 'lr', value: '0.1' }] });
    const viewer = createTokenUseCase(await makeActor('viewer'), { name: 'v' }).token;
    const before = tableCounts();
    const batch = await post(t, 'runs/log-batch', { run_id, params: [{ key: 'depth', value: '5' }, { key: 'seed', value: '1' }, { key: 'lr', value: '0.2' }] });
    expect(batch).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE' } });
    expect(batch.body.message).toBe(
      `Changing param values is not allowed. Params were already logged='[{'key': 'depth', 'old_value': '4', 'new_value': '5'}, {'key': 'lr', 'old_value': '0.1', 'new_value': '0.2'}]' for run ID='${run_id}'.`,
    );
    expect(await post(viewer, 'runs/log-parameter', { run_id, key: 'depth', value: '5' })).toMatchObject({ status: 403, body: { error_code: 'PERMISSION_DENIED' } });
    expect(tableCounts()).toEqual(before);
  });
});
