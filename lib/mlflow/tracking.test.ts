import { describe, expect, it } from 'vitest';
import { callRoute } from '@/lib/testing/call-route';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import { mlflowRoute } from './route';

withTempWorkspace();

type Token = string;
const post = (token: Token, endpoint: string, body: unknown) =>
  callRoute(mlflowRoute.POST, token, { method: 'POST', path: `/api/2.0/mlflow/${endpoint}`, params: { endpoint: endpoint.split('/') }, body });
const get = (token: Token, endpoint: string, query: string) =>
  callRoute(mlflowRoute.GET, token, { path: `/api/2.0/mlflow/${endpoint}?${query}`, params: { endpoint: endpoint.split('/') } });

async function scientist(): Promise<Token> {
  return createTokenUseCase(await makeActor('data_scientist'), { name: 'mlflow' }).token;
}

describe('MLflow tracking API', () => {
  it('runs a training script’s calls end to end with MLflow field names', async () => {
    const t = await scientist();
    const { body: created } = await post(t, 'experiments/create', { name: 'churn', tags: [{ key: 'team', value: 'crm' }] });
    expect(created).toEqual({ experiment_id: '1' });
    expect((await get(t, 'experiments/get-by-name', 'experiment_name=churn')).body.experiment).toMatchObject({ experiment_id: '1', name: 'churn', tags: [{ key: 'team', value: 'crm' }] });

    const { body: runBody } = await post(t, 'runs/create', { experiment_id: '1', run_name: 'rf', start_time: 1000, tags: [{ key: 'mlflow.user', value: 'ada' }] });
    const runId = runBody.run.info.run_id as string;
    expect(runBody.run.info).toMatchObject({ run_uuid: runId, experiment_id: '1', status: 'RUNNING', start_time: 1000 });

    await post(t, 'runs/log-parameter', { run_id: runId, key: 'depth', value: 4 });
    await post(t, 'runs/log-metric', { run_id: runId, key: 'acc', value: 0.5, timestamp: 2000, step: 0 });
    await post(t, 'runs/log-batch', { run_id: runId, metrics: [1, 2, 3].map((step) => ({ key: 'acc', value: 0.5 + step / 10, timestamp: 2000 + step, step })), tags: [{ key: 'stage', value: 'cv' }] });
    await post(t, 'runs/set-tag', { run_id: runId, key: 'note', value: 'best' });
    expect((await post(t, 'runs/update', { run_id: runId, status: 'FINISHED', end_time: 5000 })).body.run_info).toMatchObject({ status: 'FINISHED', end_time: 5000 });

    const run = (await get(t, 'runs/get', `run_id=${runId}`)).body.run;
    expect(run.data.params).toEqual([{ key: 'depth', value: '4' }]);
    expect(run.data.metrics).toEqual([{ key: 'acc', value: 0.8, step: 3, timestamp: 2003 }]);
    expect(run.data.tags).toEqual(expect.arrayContaining([{ key: 'note', value: 'best' }, { key: 'stage', value: 'cv' }]));

    const page1 = (await get(t, 'metrics/get-history', `run_id=${runId}&metric_key=acc&max_results=3`)).body;
    expect(page1.metrics.map((m: { step: number }) => m.step)).toEqual([0, 1, 2]);
    const page2 = (await get(t, 'metrics/get-history', `run_id=${runId}&metric_key=acc&max_results=3&page_token=${page1.next_page_token}`)).body;
    expect(page2).toEqual({ metrics: [{ key: 'acc', value: 0.8, step: 3, timestamp: 2003 }] });

    expect((await post(t, 'runs/search', { experiment_ids: ['1'] })).body.runs.map((r: { info: { run_id: string } }) => r.info.run_id)).toEqual([runId]);
    expect((await get(t, 'experiments/search', 'max_results=10')).body.experiments).toHaveLength(1);
  });

  it('answers with MLflow error codes and writes nothing', async () => {
    const t = await scientist();
    const viewer = createTokenUseCase(await makeActor('viewer'), { name: 'v' }).token;
    await post(t, 'experiments/create', { name: 'x' });
    const before = tableCounts();
    expect(await post(t, 'experiments/create', { name: 'x' })).toMatchObject({ status: 400, body: { error_code: 'RESOURCE_ALREADY_EXISTS' } });
    expect(await get(t, 'experiments/get', 'experiment_id=99')).toMatchObject({ status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST' } });
    expect(await post(t, 'runs/log-metric', { run_id: 'nope', key: 'a', value: 1, timestamp: 1 })).toMatchObject({ status: 404 });
    expect(await post(t, 'runs/create', { experiment_id: 'abc' })).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE' } });
    expect(await post(t, 'runs/search', { experiment_ids: ['1'], filter: "metrics.acc > 'high'" })).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE' } });
    expect(await get(t, 'experiments/search', 'page_token=forged.token')).toMatchObject({ status: 400 });
    expect(await post(t, 'no/such-endpoint', {})).toMatchObject({ status: 404, body: { error_code: 'ENDPOINT_NOT_FOUND' } });
    expect(await post('mb_000000000000_bad', 'experiments/create', { name: 'y' })).toMatchObject({ status: 401, body: { error_code: 'UNAUTHENTICATED' } });
    expect(await post(viewer, 'experiments/create', { name: 'z' })).toMatchObject({ status: 403, body: { error_code: 'PERMISSION_DENIED' } });
    expect(tableCounts()).toEqual(before);
  });
});
