import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { registeredModels } from '@/db/schema';
import { callRoute } from '@/lib/testing/call-route';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import { mlflowRoute } from './route';

withTempWorkspace();

const post = (token: string, endpoint: string, body: Record<string, unknown>) =>
  callRoute(mlflowRoute.POST, token, { method: 'POST', path: `/api/2.0/mlflow/${endpoint}`, params: { endpoint: endpoint.split('/') }, body });
const get = (token: string, endpoint: string, query: Record<string, string>) =>
  callRoute(mlflowRoute.GET, token, { path: `/api/2.0/mlflow/${endpoint}?${new URLSearchParams(query)}`, params: { endpoint: endpoint.split('/') } });

type Named = { name: string };
const names = (body: { registered_models?: Named[] }) => (body.registered_models ?? []).map((m) => m.name);

/** Five models whose last change is 1000, 2000, … in the order created, tagged by team. */
async function catalogue(): Promise<string> {
  const token = createTokenUseCase(await makeActor('data_scientist'), { name: 't' }).token;
  const models: [string, Record<string, string>][] = [
    ['Churn', { team: 'crm', 'my.key': 'x' }],
    ['churn-lower', { team: 'CRM' }],
    ['car_price', { team: 'auto' }],
    ['car-price', {}],
    ['Cart', { team: 'auto-eu' }],
  ];
  for (const [i, [name, tags]] of models.entries()) {
    await post(token, 'registered-models/create', { name, tags: Object.entries(tags).map(([key, value]) => ({ key, value })) });
    getDb().update(registeredModels).set({ updatedAt: (i + 1) * 1000 }).where(eq(registeredModels.name, name)).run();
  }
  return token;
}

async function search(token: string, body: Record<string, unknown>): Promise<string[]> {
  const { status, body: answer } = await post(token, 'registered-models/search', body);
  expect(status).toBe(200);
  return names(answer);
}

describe('registered-models/search', () => {
  it('filters on name and tags with MLflow semantics, in SQL', async () => {
    const t = await catalogue();
    expect(await search(t, {})).toEqual(['Cart', 'Churn', 'car-price', 'car_price', 'churn-lower']);
    expect(await search(t, { filter: "name = 'Churn'" })).toEqual(['Churn']);
    expect(await search(t, { filter: "name != 'Churn'" })).toHaveLength(4);
    expect(await search(t, { filter: "name LIKE 'Ch%'" })).toEqual(['Churn']);
    expect(await search(t, { filter: "name ILIKE 'ch%'" })).toEqual(['Churn', 'churn-lower']);
    expect(await search(t, { filter: "name LIKE 'car_price'" })).toEqual(['car-price', 'car_price']);
    expect(await search(t, { filter: "name LIKE '%rt'" })).toEqual(['Cart']);
    expect(await search(t, { filter: "tags.team = 'crm'" })).toEqual(['Churn']);
    expect(await search(t, { filter: "tags.team != 'crm'" })).toEqual(['Cart', 'car_price', 'churn-lower']);
    expect(await search(t, { filter: "tags.team ILIKE 'CR%'" })).toEqual(['Churn', 'churn-lower']);
    expect(await search(t, { filter: "tags.team LIKE 'auto%' AND name LIKE 'C%'" })).toEqual(['Cart']);
    expect(await search(t, { filter: "tags.`my.key` = 'x'" })).toEqual(['Churn']);
    expect(await search(t, { filter: "name = 'x'' OR 1=1 --'" })).toEqual([]);
  });

  it('orders by name or last update, ties broken by name', async () => {
    const t = await catalogue();
    expect(await search(t, { order_by: ['name DESC'] })).toEqual(['churn-lower', 'car_price', 'car-price', 'Churn', 'Cart']);
    expect(await search(t, { order_by: ['timestamp DESC'] })).toEqual(['Cart', 'car-price', 'car_price', 'churn-lower', 'Churn']);
    expect(await search(t, { order_by: ['last_updated_timestamp ASC'], filter: "name ILIKE 'c%'" })).toEqual(['Churn', 'churn-lower', 'car_price', 'car-price', 'Cart']);
    expect(names((await get(t, 'registered-models/search', { order_by: 'name DESC', max_results: '2' })).body)).toEqual(['churn-lower', 'car_price']);
  });

  it('pages through a filtered, ordered search with tokens bound to that query', async () => {
    const t = await catalogue();
    const query = { filter: "name ILIKE 'c%'", order_by: ['timestamp DESC'], max_results: 2 };
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const { body } = await post(t, 'registered-models/search', { ...query, page_token: token });
      seen.push(...names(body));
      token = body.next_page_token;
    } while (token);
    expect(seen).toEqual(['Cart', 'car-price', 'car_price', 'churn-lower', 'Churn']);

    const first = (await post(t, 'registered-models/search', query)).body.next_page_token as string;
    const [payload, signature] = first.split('.');
    const refused = [
      { ...query, page_token: `${payload}.${'A'.repeat(signature?.length ?? 22)}` },
      { ...query, page_token: `${Buffer.from('{"o":0,"f":"x"}').toString('base64url')}.${signature}` },
      { ...query, filter: "name LIKE 'c%'", page_token: first },
      { ...query, order_by: ['timestamp ASC'], page_token: first },
      { ...query, page_token: 'x'.repeat(501) },
    ];
    for (const body of refused) expect(await post(t, 'registered-models/search', body)).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE' } });
  });

  it('enforces MLflow’s max_results and refuses bad filters without writing', async () => {
    const t = await catalogue();
    const before = tableCounts();
    expect((await post(t, 'registered-models/search', { max_results: 1000 })).status).toBe(200);
    expect((await post(t, 'registered-models/search', { max_results: 1001 })).body).toEqual({
      error_code: 'INVALID_PARAMETER_VALUE',
      message: 'Invalid value for request parameter max_results. It must be at most 1000, but got value 1001',
    });
    for (const max_results of [0, -1, 'ten', 1.5]) expect((await post(t, 'registered-models/search', { max_results })).status).toBe(400);
    const refused = await post(t, 'registered-models/search', { filter: "name = 'a' OR name = 'b'" });
    expect(refused).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE', message: expect.stringContaining("'OR'") } });
    expect((await post(t, 'registered-models/search', { filter: 'run_id = 1' })).body.message).toMatch(/Invalid attribute key 'run_id'/);
    expect((await post(t, 'registered-models/search', { order_by: ['creation_timestamp'] })).status).toBe(400);
    expect(tableCounts()).toEqual(before);
  });
});
