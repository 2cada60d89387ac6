import fc from 'fast-check';
import { describe, it, vi } from 'vitest';
import { loadHandler } from '@/lib/auth/permission-matrix/http';
import { contextFor, withMatrixWorkspace } from '@/lib/auth/permission-matrix/workspace';
import { fuzzOptions } from './options';
import { bodyArbitrary, knownParams, paramNames, paramsArbitrary, queryArbitrary } from './requests';
import { fuzzUrl, probe, sendFuzz } from './send';
import { restTargets } from './targets';

// Calls carry the admin's Bearer token; the session double only stands in for NextAuth's module.
vi.mock('@/lib/auth/auth', () => import('@/lib/auth/permission-matrix/session-double'));

const RUNS = 30;
const fixture = withMatrixWorkspace();

describe.each(restTargets().map((t) => [`${t.method} ${t.file}`, t] as const))('%s', (title, target) => {
  it('answers junk from an admin with a 4xx JSON error that changed nothing, never a 5xx', async () => {
    const fx = fixture();
    const ctx = contextFor(fx, 'admin');
    const samples = target.cases.map((c) => c.request({ ...ctx, made: c.setup?.(ctx) ?? {} }));
    const handler = await loadHandler(target.file, target.method);
    const request = fc.record({
      params: paramsArbitrary(paramNames(target.file), knownParams(fx), samples),
      query: queryArbitrary(samples),
      body: bodyArbitrary(samples),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ params, query, body }) => {
        const url = fuzzUrl(target.file, params);
        await probe('rest', () => sendFuzz(handler, target.method, url, fx.tokens.admin, { query, ...body }, params));
      }),
      fuzzOptions(title, RUNS),
    );
  });
});
