import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { createModelUseCase } from '@/lib/registry/models';
import { createVersionUseCase } from '@/lib/registry/versions';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import { createRunUseCase, logBatchUseCase } from '@/lib/tracking/runs';
import * as csv from './compare/csv/route';
import * as history from './compare/history/route';
import * as compare from './compare/route';

withTempWorkspace();

async function setup() {
  const ds = await makeActor('data_scientist');
  createModelUseCase(ds, { name: 'm', taskType: 'other' });
  for (const value of [0.5, 0.7]) {
    const run = createRunUseCase(ds, { experimentName: 'e', name: `r${value}` });
    logBatchUseCase(ds, run.uuid, { params: { formula: '=1+1' }, metrics: [0, 1, 2].map((step) => ({ key: 'loss', value: value + step, step, timestamp: step })) });
    createVersionUseCase(ds, 'm', { runUuid: run.uuid });
  }
  return createTokenUseCase(ds, { name: 't' }).token;
}

const get = (handler: (r: NextRequest, c: { params: Promise<unknown> }) => Promise<Response>, token: string, query: string) =>
  handler(new NextRequest(`http://localhost/api/v1/compare?${query}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });

describe('/api/v1/compare', () => {
  it('compares, pages a history window and exports CSV safe for spreadsheets', async () => {
    const token = await setup();
    const c = await (await get(compare.GET, token, 'v=m@1&v=m@2')).json();
    expect(c.comparison.metrics[0]).toMatchObject({ key: 'loss', best: [0], values: [2.5, 2.7] });
    const w = await (await get(history.GET, token, 'v=m@1&v=m@2&metric=loss&from=1&to=2&points=16')).json();
    expect(w.window.series.map((s: { x: number[]; value: number[] }) => [s.x, s.value.length])).toEqual([[[1, 2], 2], [[1, 2], 2]]);
    const text = await (await get(csv.GET, token, 'v=m@1&v=m@2')).text();
    expect(text.split('\r\n')[0]).toBe('section,key,direction,m@1,m@2,delta vs m@1 (m@1),delta vs m@1 (m@2)');
    expect(text).toContain(`param,formula,,"'=1+1","'=1+1"`);
  });

  it('answers bad picks with a 400 or 404 and a message', async () => {
    const token = await setup();
    const one = await get(compare.GET, token, 'v=m@1');
    expect([one.status, (await one.json()).error.message]).toEqual([400, 'Pick at least two versions to compare.']);
    expect((await get(compare.GET, token, 'v=m@1&v=m@7')).status).toBe(404);
    expect((await get(history.GET, token, 'v=m@1&v=m@2')).status).toBe(400);
  });
});
