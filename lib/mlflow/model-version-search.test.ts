import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { modelVersions } from '@/db/schema';
import { callRoute } from '@/lib/testing/call-route';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import { mlflowRoute } from './route';

withTempWorkspace();

const post = (token: string, endpoint: string, body: Record<string, unknown>) =>
  callRoute(mlflowRoute.POST, token, { method: 'POST', path: `/api/2.0/mlflow/${endpoint}`, params: { endpoint: endpoint.split('/') }, body });

type Versioned = { name: string; version: string };
const refs = (body: { model_versions?: Versioned[] }) => (body.model_versions ?? []).map((v) => `${v.name}/${v.version}`);

describe('model-versions/search', () => {
  async function versions(): Promise<{ t: string; runs: string[] }> {
    const t = createTokenUseCase(await makeActor('data_scientist'), { name: 't' }).token;
    for (const name of ['Churn', 'Cart']) await post(t, 'registered-models/create', { name });
    const experiment = (await post(t, 'experiments/create', { name: 'e' })).body.experiment_id;
    const runs: string[] = [];
    for (let i = 0; i < 2; i += 1) runs.push((await post(t, 'runs/create', { experiment_id: experiment })).body.run.info.run_id);
    const made: [string, string | undefined, string][] = [
      ['Churn', runs[0], 's3://b/churn/1'],
      ['Churn', runs[1], 's3://b/churn/2'],
      ['Churn', undefined, 'gs://b/churn/3'],
      ['Cart', runs[1], 's3://b/cart/1'],
    ];
    for (const [i, [name, run_id, source]] of made.entries()) {
      const tags = i % 2 === 0 ? [{ key: 'validated', value: 'yes' }] : [];
      await post(t, 'model-versions/create', { name, run_id, source, tags });
      getDb().update(modelVersions).set({ createdAt: (i + 1) * 1000, updatedAt: (i + 1) * 1000 }).where(sql`${modelVersions.id} = (SELECT max(id) FROM ${modelVersions})`).run();
    }
    return { t, runs };
  }
  const find = async (t: string, body: Record<string, unknown>) => refs((await post(t, 'model-versions/search', body)).body);

  it('filters on name, run_id, source_path, version_number and tags', async () => {
    const { t, runs } = await versions();
    expect(await find(t, {})).toEqual(['Cart/1', 'Churn/3', 'Churn/2', 'Churn/1']);
    expect(await find(t, { filter: "name = 'Churn' AND version_number >= 2" })).toEqual(['Churn/3', 'Churn/2']);
    expect(await find(t, { filter: 'version_number < 2' })).toEqual(['Cart/1', 'Churn/1']);
    expect(await find(t, { filter: "name LIKE 'C%t'" })).toEqual(['Cart/1']);
    expect(await find(t, { filter: "name ILIKE 'churn'" })).toEqual(['Churn/3', 'Churn/2', 'Churn/1']);
    expect(await find(t, { filter: `run_id = '${runs[1]}'` })).toEqual(['Cart/1', 'Churn/2']);
    expect(await find(t, { filter: `run_id IN ('${runs[0]}', '${runs[1]}')` })).toEqual(['Cart/1', 'Churn/2', 'Churn/1']);
    expect(await find(t, { filter: `run_id != '${runs[0]}'` })).toEqual(['Cart/1', 'Churn/2']);
    expect(await find(t, { filter: "source_path LIKE 's3://%' AND name = 'Churn'" })).toEqual(['Churn/2', 'Churn/1']);
    expect(await find(t, { filter: "source = 'gs://b/churn/3'" })).toEqual(['Churn/3']);
    expect(await find(t, { filter: "tags.validated = 'yes'" })).toEqual(['Churn/3', 'Churn/1']);
  });

  it('orders, pages with a filter, and enforces its limits', async () => {
    const { t } = await versions();
    expect(await find(t, { order_by: ['version_number ASC'] })).toEqual(['Cart/1', 'Churn/1', 'Churn/2', 'Churn/3']);
    expect(await find(t, { order_by: ['name DESC', 'creation_timestamp ASC'] })).toEqual(['Churn/1', 'Churn/2', 'Churn/3', 'Cart/1']);
    const first = (await post(t, 'model-versions/search', { filter: "name = 'Churn'", max_results: 2 })).body;
    expect(refs(first)).toEqual(['Churn/3', 'Churn/2']);
    const second = (await post(t, 'model-versions/search', { filter: "name = 'Churn'", max_results: 2, page_token: first.next_page_token })).body;
    expect(second).toEqual({ model_versions: [expect.objectContaining({ name: 'Churn', version: '1' })] });
    expect((await post(t, 'model-versions/search', { filter: "name = 'Cart'", max_results: 2, page_token: first.next_page_token })).status).toBe(400);
    expect((await post(t, 'model-versions/search', { max_results: 200_001 })).body.message).toBe(
      'Invalid value for request parameter max_results. It must be at most 200000, but got value 200001',
    );
    expect((await post(t, 'model-versions/search', { filter: "run_id NOT IN ('a')" })).body.message).toMatch(/Invalid comparator 'NOT IN'/);
    expect((await post(t, 'model-versions/search', { filter: "version_number = '1'" })).body.message).toMatch(/Expected a numeric value/);
    expect((await post(t, 'model-versions/search', { order_by: ['metrics.acc'] })).status).toBe(400);
  });
});
