import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { withActor } from '@/lib/actions/with-actor';
import { apiRoute } from '@/lib/api/handler';
import { signInAs } from '@/lib/auth/permission-matrix/session-double';
import { log, logError } from '@/lib/log';
import { mlflowRoute } from '@/lib/mlflow/route';
import { captureLogOutput, jsonLines } from '@/lib/testing/log-output';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';

vi.mock('@/lib/auth/auth', () => import('@/lib/auth/permission-matrix/session-double'));

withTempWorkspace();

const output = captureLogOutput();

async function tokenFor() {
  return createTokenUseCase(await makeActor('data_scientist'), { name: 'logging' }).token;
}

function request(path: string, headers: Record<string, string>, method = 'POST') {
  return new NextRequest(`http://localhost${path}`, { method, headers });
}

const created = apiRoute(() => Response.json({ ok: true }, { status: 201 }));
const failing = apiRoute(() => {
  throw new Error('disk on fire');
});

describe('API access lines', () => {
  it('logs one line per request with method, path, status, duration and the request id, and no secrets', async () => {
    vi.stubEnv('LOG_LEVEL', 'info');
    const token = await tokenFor();
    const response = await created(request('/api/v1/things?password=hunter2', { authorization: `Bearer ${token}`, 'x-request-id': 'req-42', cookie: 'authjs.session-token=abc' }), {});
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe('req-42');
    expect(jsonLines(output.stdout())).toEqual([
      { level: 'info', time: expect.any(String), message: 'api request', requestId: 'req-42', method: 'POST', path: '/api/v1/things', status: 201, durationMs: expect.any(Number) },
    ]);
    const written = String(output.stdout().mock.calls[0]?.[0]);
    for (const secret of [token, 'hunter2', 'session-token', 'Bearer']) expect(written).not.toContain(secret);
  });

  it('logs refused calls too, with a fresh id when the incoming one is not a sane token', async () => {
    vi.stubEnv('LOG_LEVEL', 'info');
    const response = await created(request('/api/v1/things', { authorization: 'Bearer mb_not-a-real-token', 'x-request-id': 'two words' }, 'GET'), {});
    const [line] = jsonLines(output.stdout());
    expect(line).toMatchObject({ message: 'api request', method: 'GET', status: 401 });
    expect(line!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-request-id')).toBe(line!.requestId);
    expect(JSON.stringify(line)).not.toContain('mb_not-a-real-token');
  });

  it('puts the request id on the error line of an unexpected failure, which answers a plain 500', async () => {
    vi.stubEnv('LOG_LEVEL', 'info');
    const response = await failing(request('/api/v1/things', { authorization: `Bearer ${await tokenFor()}`, 'x-request-id': 'req-500' }), {});
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('disk on fire');
    expect(jsonLines(output.stderr())).toEqual([expect.objectContaining({ level: 'error', message: 'api route failed', requestId: 'req-500', error: 'disk on fire', stack: expect.stringContaining('disk on fire') })]);
    expect(jsonLines(output.stdout())).toEqual([expect.objectContaining({ requestId: 'req-500', status: 500 })]);
  });

  it('stays quiet under vitest unless LOG_LEVEL asks for more, but always reports errors', async () => {
    await created(request('/api/v1/things', { authorization: `Bearer ${await tokenFor()}` }), {});
    logError('something broke', new Error('boom'));
    expect(output.stdout()).not.toHaveBeenCalled();
    expect(jsonLines(output.stderr())).toEqual([expect.objectContaining({ level: 'error', message: 'something broke', error: 'boom' })]);
  });
});

describe('MLflow-compatible routes', () => {
  it('echo the request id and log one access line, as the native API does', async () => {
    vi.stubEnv('LOG_LEVEL', 'info');
    const response = await mlflowRoute.GET(request('/api/2.0/mlflow/registered-models/search', { authorization: `Bearer ${await tokenFor()}`, 'x-request-id': 'mlflow-7' }, 'GET'), {
      params: Promise.resolve({ endpoint: ['registered-models', 'search'] }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('mlflow-7');
    expect(jsonLines(output.stdout())).toEqual([expect.objectContaining({ message: 'api request', requestId: 'mlflow-7', method: 'GET', path: '/api/2.0/mlflow/registered-models/search', status: 200 })]);
  });
});

describe('server actions', () => {
  it('log an unexpected failure with an id even outside a request, and show a plain message', async () => {
    const actor = await makeActor('admin');
    signInAs(actor.id);
    const result = await withActor(() => {
      throw new Error('disk on fire');
    });
    expect(result).toEqual({ ok: false, message: expect.not.stringContaining('disk on fire') });
    expect(jsonLines(output.stderr())).toEqual([expect.objectContaining({ level: 'error', message: 'server action failed', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), error: 'disk on fire' })]);
  });
});

describe('log', () => {
  it('redacts credentials however deep they sit in the context', () => {
    log('warn', 'odd request', { authorization: 'Bearer abc', headers: { Cookie: 'a=b', accept: 'text/csv' }, user: { password: 'p', apiKey: 'k', tokens: [{ token: 't' }] }, count: 3 });
    expect(jsonLines(output.stderr())).toEqual([
      {
        level: 'warn',
        time: expect.any(String),
        message: 'odd request',
        authorization: '[redacted]',
        headers: { Cookie: '[redacted]', accept: 'text/csv' },
        user: { password: '[redacted]', apiKey: '[redacted]', tokens: '[redacted]' },
        count: 3,
      },
    ]);
  });

  it('honours LOG_LEVEL, dropping lines below it', () => {
    vi.stubEnv('LOG_LEVEL', 'error');
    log('warn', 'not shown');
    log('error', 'shown');
    expect(jsonLines(output.stderr()).map((l) => l.message)).toEqual(['shown']);
  });
});
