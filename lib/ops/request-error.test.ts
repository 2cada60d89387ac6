import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { logRequestError } from './request-error';

let stderr: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  stderr = vi.spyOn(process.stderr, 'write').mockReturnValue(true);
});
afterEach(() => stderr.mockRestore());

it('logs a failed page render as one JSON line with the request id and the path without its query', () => {
  const failure = new Error('render broke');
  logRequestError(failure, { path: '/models?q=secret-project', method: 'GET', headers: { 'x-request-id': 'page-9', cookie: 'authjs.session-token=abc' } }, { routePath: '/(app)/models', routeType: 'render' });
  const [call] = stderr.mock.calls;
  const line = JSON.parse(String(call?.[0])) as Record<string, unknown>;
  expect(line).toMatchObject({ level: 'error', message: 'request failed', requestId: 'page-9', method: 'GET', path: '/models', route: '/(app)/models', kind: 'render', error: 'render broke' });
  expect(String(call?.[0])).not.toContain('secret-project');
  expect(String(call?.[0])).not.toContain('session-token');
});
