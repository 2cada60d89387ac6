import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { experiments, runs } from '@/db/schema';
import { callRoute } from '@/lib/testing/call-route';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import { mlflowRoute } from './route';

withTempWorkspace();

const post = (token: string, endpoint: string, body: Record<string, unknown>) =>
  callRoute(mlflowRoute.POST, token, { method: 'POST', path: `/api/2.0/mlflow/${endpoint}`, params: { endpoint: endpoint.split('/') }, body });
const get = (token: string, endpoint: string, query: string) =>
  callRoute(mlflowRoute.GET, token, { path: `/api/2.0/mlflow/${endpoint}?${query}`, params: { endpoint: endpoint.split('/') } });

const kv = (record: Record<string, string>) => Object.entries(record).map(([key, value]) => ({ key, value }));

/** Experiment 1 holds four runs named a–d, started at 1000–4000, with metrics, params, tags and statuses. */
async function workspace() {
  const token = createTokenUseCase(await makeActor('data_scientist'), { name: 't' }).token;
  const other = (await post(token, 'experiments/create', { name: 'other' })).body.experiment_id as string;
  const id = (await post(token, 'experiments/create', { name: 'churn', tags: kv({ team: 'crm' }) })).body.experiment_id as string;
  const run = async (name: string, start_time: number, batch: { metrics?: [string, number][]; params?: Record<string, string>; tags?: Record<string, string> }) => {
    const runId = (await post(token, 'runs/create', { experiment_id: id, run_name: name, start_time })).body.run.info.run_id as string;
    const metrics = (batch.metrics ?? []).map(([key, value], step) => ({ key, value, step, timestamp: start_time + step }));
    await post(token, 'runs/log-batch', { run_id: runId, metrics, params: kv(batch.params ?? {}), tags: kv(batch.tags ?? {}) });
    return runId;
  };
  const ids = {
    a: await run('a', 1000, { metrics: [['acc', 0.9], ['acc', 0.5]], params: { depth: '4' }, tags: { stage: 'cv' } }),
    b: await run('b', 2000, { metrics: [['acc', 0.7], ['val loss', 0.2]], params: { depth: '10' }, tags: { stage: 'CV-final' } }),
    c: await run('c', 3000, { metrics: [['acc', 0.95]], params: { depth: '4' } }),
    d: await run('d', 4000, {}),
  };
  await post(token, 'runs/update', { run_id: ids.b, status: 'FINISHED', end_time: 2500 });
  await post(token, 'runs/update', { run_id: ids.c, status: 'FAILED', end_time: 3500 });
  return { token, id, other, ids };
}

describe('runs/search', () => {
  it('filters on latest metrics, params, tags and attributes', async () => {
    const { token, id, ids } = await workspace();
    const names = async (filter: string) => {
      const { status, body } = await post(token, 'runs/search', { experiment_ids: [id], filter });
      expect(status, JSON.stringify(body)).toBe(200);
      return (body.runs as { info: { run_name: string } }[]).map((r) => r.info.run_name);
    };
    expect(await names('')).toEqual(['d', 'c', 'b', 'a']);
    expect(await names('metrics.acc > 0.6')).toEqual(['c', 'b']);
    expect(await names('metrics.acc <= 0.5')).toEqual(['a']);
    expect(await names('metrics."val loss" < 1 AND metrics.acc >= 0.7')).toEqual(['b']);
    expect(await names("params.depth = '4'")).toEqual(['c', 'a']);
    expect(await names("params.depth != '4'")).toEqual(['b']);
    expect(await names("params.depth LIKE '1%'")).toEqual(['b']);
    expect(await names("tags.stage LIKE 'cv%'")).toEqual(['a']);
    expect(await names("tags.stage ILIKE 'cv%'")).toEqual(['b', 'a']);
    expect(await names("attributes.status = 'RUNNING'")).toEqual(['d', 'a']);
    expect(await names("status != 'RUNNING' AND end_time < 3000")).toEqual(['b']);
    expect(await names("run_name = 'c'")).toEqual(['c']);
    expect(await names(`run_id IN ('${ids.a}', '${ids.d}')`)).toEqual(['d', 'a']);
    expect(await names(`attr.run_id NOT IN ('${ids.a}', '${ids.d}')`)).toEqual(['c', 'b']);
    expect(await names('attributes.start_time >= 2000 AND start_time < 4000')).toEqual(['c', 'b']);
    expect(await names('created > 3500')).toEqual(['d']);
    expect(await names("user_id LIKE 'data_scientist%@example.com'")).toHaveLength(4);
    expect(await names(`artifact_uri = 'mlflow-artifacts:/${id}/${ids.a}/artifacts'`)).toEqual(['a']);
  });

  it('orders by metrics, params and attributes, rows without the value last', async () => {
    const { token, id } = await workspace();
    const names = async (order_by: string[]) =>
      ((await post(token, 'runs/search', { experiment_ids: [id], order_by })).body.runs as { info: { run_name: string } }[]).map((r) => r.info.run_name);
    expect(await names(['metrics.acc DESC'])).toEqual(['c', 'b', 'a', 'd']);
    expect(await names(['metrics.acc ASC'])).toEqual(['a', 'b', 'c', 'd']);
    expect(await names(['params.depth ASC', 'attributes.start_time ASC'])).toEqual(['b', 'a', 'c', 'd']);
    expect(await names(['attributes.start_time ASC'])).toEqual(['a', 'b', 'c', 'd']);
    expect(await names(['tags.stage DESC'])).toEqual(['a', 'b', 'd', 'c']);
  });

  it('pages with a filter, honours run_view_type and refuses what MLflow refuses, writing nothing', async () => {
    const { token, id, other } = await workspace();
    const query = { experiment_ids: [id], filter: 'metrics.acc > 0', order_by: ['metrics.acc DESC'], max_results: 2 };
    const first = (await post(token, 'runs/search', query)).body;
    expect(first.runs.map((r: { info: { run_name: string } }) => r.info.run_name)).toEqual(['c', 'b']);
    const second = (await post(token, 'runs/search', { ...query, page_token: first.next_page_token })).body;
    expect(second.runs.map((r: { info: { run_name: string } }) => r.info.run_name)).toEqual(['a']);
    expect(second.next_page_token).toBeUndefined();
    const before = tableCounts();
    expect((await post(token, 'runs/search', { ...query, experiment_ids: [other], page_token: first.next_page_token })).status).toBe(400);
    expect((await post(token, 'runs/search', { ...query, filter: 'metrics.acc > 0.1', page_token: first.next_page_token })).status).toBe(400);
    expect((await post(token, 'runs/search', { ...query, page_token: `${first.next_page_token}x` })).status).toBe(400);

    getDb().update(runs).set({ lifecycleStage: 'deleted' }).where(eq(runs.name, 'd')).run();
    const count = async (run_view_type?: string) => (await post(token, 'runs/search', { experiment_ids: [id], run_view_type })).body.runs.length;
    expect([await count(), await count('ACTIVE_ONLY'), await count('DELETED_ONLY'), await count('ALL')]).toEqual([3, 3, 1, 4]);
    expect((await post(token, 'runs/search', { experiment_ids: [id], run_view_type: 'SOME' })).status).toBe(400);

    expect((await post(token, 'runs/search', { experiment_ids: [id], max_results: 50_001 })).body.message).toBe(
      'Invalid value for request parameter max_results. It must be at most 50000, but got value 50001',
    );
    expect((await post(token, 'runs/search', { experiment_ids: [id], filter: "metrics.acc > 'x'" })).body.message).toMatch(/Expected a numeric value for metric 'acc'/);
    expect((await post(token, 'runs/search', { experiment_ids: [id], filter: "params.depth > '4'" })).body.message).toMatch(/Invalid comparator '>' for param 'depth'/);
    expect((await post(token, 'runs/search', { experiment_ids: [id], filter: "tags.stage = 'a' or tags.stage = 'b'" })).body.message).toMatch(/OR is not supported/);
    expect((await post(token, 'runs/search', { experiment_ids: [id], order_by: ['metrics.acc UP'] })).body.error_code).toBe('INVALID_PARAMETER_VALUE');
    expect(tableCounts()).toEqual(before);
  });

  it('reads filters and order from a GET query string', async () => {
    const { token, id } = await workspace();
    const query = new URLSearchParams({ experiment_ids: id, filter: "params.depth = '4'", order_by: 'attributes.start_time ASC' });
    expect((await get(token, 'runs/search', query.toString())).body.runs.map((r: { info: { run_name: string } }) => r.info.run_name)).toEqual(['a', 'c']);
  });
});

describe('experiments/search', () => {
  it('filters on name, tags and times, orders, pages and honours view_type', async () => {
    const { token } = await workspace();
    await post(token, 'experiments/create', { name: 'churn-v2', tags: kv({ team: 'CRM' }) });
    for (const [name, at] of [['other', 3000], ['churn', 1000], ['churn-v2', 2000]] as const) {
      getDb().update(experiments).set({ createdAt: at, updatedAt: at * 2 }).where(eq(experiments.name, name)).run();
    }
    const names = async (body: Record<string, unknown>) => {
      const { status, body: answer } = await post(token, 'experiments/search', body);
      expect(status, JSON.stringify(answer)).toBe(200);
      return (answer.experiments as { name: string }[]).map((e) => e.name);
    };
    expect(await names({})).toEqual(['other', 'churn-v2', 'churn']);
    expect(await names({ filter: "name LIKE 'churn%'" })).toEqual(['churn-v2', 'churn']);
    expect(await names({ filter: "name ILIKE 'CHURN'" })).toEqual(['churn']);
    expect(await names({ filter: "tags.team = 'crm'" })).toEqual(['churn']);
    expect(await names({ filter: "tags.team ILIKE 'crm'" })).toEqual(['churn-v2', 'churn']);
    expect(await names({ filter: 'creation_time >= 2000 AND last_update_time < 6000' })).toEqual(['churn-v2']);
    expect(await names({ order_by: ['name ASC'] })).toEqual(['churn', 'churn-v2', 'other']);
    expect(await names({ order_by: ['experiment_id DESC'] })).toEqual(['churn-v2', 'churn', 'other']);

    const first = (await post(token, 'experiments/search', { order_by: ['name'], max_results: 2 })).body;
    expect(first.experiments.map((e: { name: string }) => e.name)).toEqual(['churn', 'churn-v2']);
    expect((await get(token, 'experiments/search', `order_by=name&max_results=2&page_token=${first.next_page_token}`)).body.experiments).toEqual([
      expect.objectContaining({ name: 'other' }),
    ]);
    expect((await get(token, 'experiments/list', `max_results=2&page_token=${first.next_page_token}`)).status).toBe(400);

    getDb().update(experiments).set({ lifecycleStage: 'deleted' }).where(eq(experiments.name, 'other')).run();
    expect(await names({ view_type: 'DELETED_ONLY' })).toEqual(['other']);
    expect(await names({ view_type: 'ALL', filter: "name != 'churn'" })).toEqual(['other', 'churn-v2']);
    expect((await post(token, 'experiments/search', { filter: "metrics.acc > 1" })).body.message).toMatch(/Experiments cannot be searched by metrics/);
    expect((await post(token, 'experiments/search', { max_results: 50_001 })).status).toBe(400);
  });
});
