import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { loadHandler } from '@/lib/auth/permission-matrix/http';
import { withMatrixWorkspace } from '@/lib/auth/permission-matrix/workspace';
import { junkString } from './junk';
import { mlflowQuery, mlflowSample } from './mlflow-input';
import { fuzzOptions } from './options';
import { bodyArbitrary } from './requests';
import { probe, sendFuzz } from './send';
import { MLFLOW_ENDPOINTS, MLFLOW_MOUNTS } from './targets';

vi.mock('@/lib/auth/auth', () => import('@/lib/auth/permission-matrix/session-double'));

const RUNS = 30;
const fixture = withMatrixWorkspace();
const mountOf = (file: string) => `/${file.split('/').slice(1, 4).join('/')}`;

/** Both mounts (`/api/2.0/mlflow`, `/ajax-api/2.0/mlflow`) with their handler for one method. */
const mounts = (method: string) => Promise.all(MLFLOW_MOUNTS.map(async (file) => ({ prefix: mountOf(file), handler: await loadHandler(file, method) })));

describe.each(MLFLOW_ENDPOINTS.map((key) => [key, key] as const))('%s', (title, key) => {
  it('answers junk from an admin with an MLflow error that changed nothing, never a 5xx', async () => {
    const fx = fixture();
    const [method, endpoint] = key.split(' ') as [string, string];
    const sample = mlflowSample(fx, key);
    const readsQuery = method === 'GET' || method === 'DELETE';
    const request = fc.record({
      mount: fc.constantFrom(...(await mounts(method))),
      query: readsQuery ? mlflowQuery(sample) : fc.constant(''),
      body: method === 'GET' ? fc.constant({}) : bodyArbitrary([{ body: sample }]),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ mount, query, body }) => {
        const params = { endpoint: endpoint.split('/') };
        await probe('mlflow', () => sendFuzz(mount.handler, method, `${mount.prefix}/${endpoint}`, fx.tokens.admin, { query, ...body }, params));
      }),
      fuzzOptions(title, RUNS),
    );
  });
});

describe('an endpoint the MLflow API does not have', () => {
  it('is a 404 ENDPOINT_NOT_FOUND whatever the path and method', async () => {
    const fx = fixture();
    const methods = ['GET', 'POST', 'PATCH', 'DELETE'] as const;
    const handlers = Object.fromEntries(await Promise.all(methods.map(async (m) => [m, await mounts(m)] as const)));
    const known = new Set(MLFLOW_ENDPOINTS);
    const request = fc
      .record({ method: fc.constantFrom(...methods), mount: fc.nat({ max: MLFLOW_MOUNTS.length - 1 }), segments: fc.array(junkString, { minLength: 1, maxLength: 4 }) })
      .filter(({ method, segments }) => !known.has(`${method} ${segments.join('/')}`) && !segments.join('/').endsWith('/search'));
    await fc.assert(
      fc.asyncProperty(request, async ({ method, mount, segments }) => {
        const { prefix, handler } = handlers[method]![mount]!;
        const params = { endpoint: segments };
        const answer = await probe('mlflow', () => sendFuzz(handler, method, `${prefix}/x`, fx.tokens.admin, { query: '', body: '{}' }, params));
        expect(JSON.parse(answer.text).error_code).toBe('ENDPOINT_NOT_FOUND');
      }),
      fuzzOptions('unknown MLflow endpoints', RUNS),
    );
  });
});
