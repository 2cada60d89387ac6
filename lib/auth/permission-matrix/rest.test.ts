import { describe, it, vi } from 'vitest';
import { tableCounts } from '@/lib/testing/temp-workspace';
import { restKey, type RestCase } from './cases';
import { loadHandler, send, urlPath } from './http';
import { attempts, expectHttp } from './outcome';
import { REST_CASES } from './rest-cases';
import { signInAs } from './session-double';
import { prepare, withMatrixWorkspace } from './workspace';

// Without an Authorization header a route falls back to the session cookie, which names a user id.
vi.mock('@/lib/auth/auth', () => import('./session-double'));

const fixture = withMatrixWorkspace();
const title = (c: RestCase) => `${restKey(c)}${c.variant ? ` (${c.variant})` : ''}`;

describe.each(REST_CASES.map((c) => [title(c), c] as const))('%s', (_, c) => {
  it.each(attempts(c))('%s', async (__, { kind, outcome }) => {
    const ctx = prepare(fixture(), kind, c);
    const handler = await loadHandler(`app/api/v1/${c.route}`, c.method);
    const attempt = (token: string | null) => {
      const call = c.request(ctx);
      return send(handler, c.method, urlPath('/api/v1', c.route, call.params), token, call, call.params ?? {});
    };
    const before = tableCounts();
    expectHttp('rest', await attempt(ctx.token), outcome, before);
    if (kind !== 'deactivated') return;
    // A deactivated user's session cookie is no better than their token.
    signInAs(ctx.user!.id);
    try {
      expectHttp('rest', await attempt(null), outcome, before);
    } finally {
      signInAs(null);
    }
  });
});
