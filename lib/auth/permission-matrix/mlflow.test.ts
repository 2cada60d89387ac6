import { describe, it, vi } from 'vitest';
import { tableCounts } from '@/lib/testing/temp-workspace';
import { loadHandler, send, type Mutation } from './http';
import { MLFLOW_CASES, MLFLOW_MOUNT } from './mlflow-cases';
import { attempts, expectHttp } from './outcome';
import { signInAs } from './session-double';
import { prepare, withMatrixWorkspace } from './workspace';

// Without an Authorization header the API falls back to the session cookie, which names a user id.
vi.mock('@/lib/auth/auth', () => import('./session-double'));

const fixture = withMatrixWorkspace();

describe.each(MLFLOW_CASES.map((c) => [c.endpoint, c] as const))('%s', (_, c) => {
  it.each(attempts(c))('%s', async (__, { kind, outcome }) => {
    const ctx = prepare(fixture(), kind, c);
    const [method, endpoint] = c.endpoint.split(' ') as [Mutation, string];
    const handler = await loadHandler(MLFLOW_MOUNT, method);
    const attempt = (token: string | null) => send(handler, method, `/api/2.0/mlflow/${endpoint}`, token, { body: c.input(ctx) }, { endpoint: endpoint.split('/') });
    const before = tableCounts();
    expectHttp('mlflow', await attempt(ctx.token), outcome, before);
    if (kind !== 'deactivated') return;
    // A deactivated user's session cookie is no better than their token.
    signInAs(ctx.user!.id);
    try {
      expectHttp('mlflow', await attempt(null), outcome, before);
    } finally {
      signInAs(null);
    }
  });
});
