import { CredentialsSignin } from 'next-auth';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withRequestId } from '@/lib/log';
import { authConfig } from './auth.config';

let stdout: ReturnType<typeof vi.spyOn>;
let stderr: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  vi.stubEnv('LOG_LEVEL', 'info');
  stdout = vi.spyOn(process.stdout, 'write').mockReturnValue(true);
  stderr = vi.spyOn(process.stderr, 'write').mockReturnValue(true);
});
afterEach(() => {
  stdout.mockRestore();
  stderr.mockRestore();
  vi.unstubAllEnvs();
});

const lines = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map((call) => JSON.parse(String(call[0])) as Record<string, unknown>);

describe("Auth.js's logger", () => {
  it('writes a refused password as one info line with the request id, and no stack', () => {
    withRequestId('req-1', () => authConfig.logger.error(new CredentialsSignin()));
    expect(lines(stdout)).toEqual([expect.objectContaining({ level: 'info', message: 'auth: sign-in refused', requestId: 'req-1' })]);
    expect(stderr).not.toHaveBeenCalled();
  });

  it('writes any other error as a JSON error line with its type and stack, and warnings as warnings', () => {
    const broken = new Error('Invalid callback URL.');
    broken.name = 'InvalidCallbackUrl';
    authConfig.logger.error(broken);
    authConfig.logger.warn('debug-enabled');
    expect(lines(stderr)).toEqual([
      expect.objectContaining({ level: 'error', message: 'auth error', type: 'InvalidCallbackUrl', error: 'Invalid callback URL.', stack: expect.stringContaining('auth-logger.test') }),
      expect.objectContaining({ level: 'warn', message: 'auth warning', code: 'debug-enabled' }),
    ]);
  });
});
