import { describe, expect, it } from 'vitest';
import { callRoute } from '@/lib/testing/call-route';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import * as batch from './runs/[runId]/log-batch/route';
import * as history from './runs/[runId]/metrics/[key]/route';
import * as run from './runs/[runId]/route';
import * as runs from './runs/route';

withTempWorkspace();

/** Positional shorthand over callRoute, to keep the scenarios readable. */
const call = <P>(handler: Parameters<typeof callRoute<P>>[0], token: string, path: string, params: P, method = 'GET', body?: unknown) =>
  callRoute(handler, token, { path, params, method, body });

describe('/api/v1 runs', () => {
  it('starts a run, logs a batch, finishes it, and returns full or sampled histories', async () => {
    const owner = await makeActor('data_scientist');
    const token = createTokenUseCase(owner, { name: 't' }).token;
    const created = await call(runs.POST, token, '/api/v1/runs', {}, 'POST', { experimentName: 'exp', name: 'r1', tags: { git: 'abc' } });
    expect(created.status).toBe(201);
    const id = created.body.run.id as string;
    const metrics = Array.from({ length: 5000 }, (_, step) => ({ key: 'loss', value: 1 / (step + 1), step, timestamp: 1_000 + step }));
    expect((await call(batch.POST, token, `/api/v1/runs/${id}/log-batch`, { runId: id }, 'POST', { metrics, params: { lr: '0.1' } })).status).toBe(204);
    const finished = await call(run.PATCH, token, `/api/v1/runs/${id}`, { runId: id }, 'PATCH', { status: 'FINISHED' });
    expect(finished.body.run).toMatchObject({ status: 'FINISHED', params: { lr: '0.1' }, tags: { git: 'abc' }, metrics: [{ key: 'loss', step: 4999 }] });
    const full = await call(history.GET, token, `/api/v1/runs/${id}/metrics/loss`, { runId: id, key: 'loss' });
    expect(full.body.points).toHaveLength(5000);
    const sampled = await call(history.GET, token, `/api/v1/runs/${id}/metrics/loss?maxPoints=100`, { runId: id, key: 'loss' });
    expect(sampled.body).toMatchObject({ totalPoints: 5000 });
    expect(sampled.body.points.length).toBeLessThanOrEqual(100);
  });

  it('refuses another user’s run, bad batches, and unknown runs, writing nothing', async () => {
    const owner = await makeActor('data_scientist');
    const other = createTokenUseCase(await makeActor('data_scientist'), { name: 'o' }).token;
    const token = createTokenUseCase(owner, { name: 't' }).token;
    const id = (await call(runs.POST, token, '/api/v1/runs', {}, 'POST', { experimentName: 'e', name: 'r' })).body.run.id as string;
    const before = tableCounts();
    expect((await call(batch.POST, other, `/api/v1/runs/${id}/log-batch`, { runId: id }, 'POST', { params: { a: '1' } })).status).toBe(403);
    const bad = await call(batch.POST, token, `/api/v1/runs/${id}/log-batch`, { runId: id }, 'POST', { metrics: [{ key: 'x', value: 'NaN', step: 0, timestamp: 1 }] });
    expect(bad.status).toBe(400);
    expect((await call(run.GET, token, '/api/v1/runs/nope', { runId: 'nope' })).status).toBe(404);
    expect((await call(history.GET, token, `/api/v1/runs/${id}/metrics/x?maxPoints=2`, { runId: id, key: 'x' })).status).toBe(400);
    expect(tableCounts()).toEqual(before);
  });

  it('refuses to change logged params, naming every one, and writes nothing of the batch', async () => {
    const token = createTokenUseCase(await makeActor('data_scientist'), { name: 't' }).token;
    const id = (await call(runs.POST, token, '/api/v1/runs', {}, 'POST', { experimentName: 'e', name: 'r' })).body.run.id as string;
    const log = (body: unknown) => call(batch.POST, token, `/api/v1/runs/${id}/log-batch`, { runId: id }, 'POST', body);
    expect((await log({ params: { a: '1', b: '2', c: '3' } })).status).toBe(204);
    const before = tableCounts();
    expect((await log({ params: { a: '1', b: '20' }, tags: { t: 'x' } })).body.error).toMatchObject({ code: 'bad_request:run', message: 'Param "b" was already logged with a different value.' });
    const changed = await log({ params: { a: '10', new: 'x', c: '30' }, metrics: [{ key: 'm', value: 1, step: 0, timestamp: 1 }] });
    expect(changed.status).toBe(400);
    expect(changed.body.error.message).toBe('Params "a", "c" were already logged with different values.');
    expect(tableCounts()).toEqual(before);
    expect((await log({ params: { a: '1', d: '4' } })).status).toBe(204);
  });
});
