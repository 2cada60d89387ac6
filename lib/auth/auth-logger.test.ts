import { CredentialsSignin } from 'next-auth';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { withRequestId } from '@/lib/log';
import { captureLogOutput, jsonLines } from '@/lib/testing/log-output';
import { authConfig } from './auth.config';

const output = captureLogOutput();
beforeEach(() => vi.stubEnv('LOG_LEVEL', 'info'));

describe("Auth.js's logger", () => {
  it('writes a refused password as one info line with the request id, and no stack', () => {
    withRequestId('req-1', () => authConfig.logger.error(new CredentialsSignin()));
    expect(jsonLines(output.stdout())).toEqual([expect.objectContaining({ level: 'info', message: 'auth: sign-in refused', requestId: 'req-1' })]);
    expect(output.stderr()).not.toHaveBeenCalled();
  });

  it('writes any other error as a JSON error line with its type and stack, and warnings as warnings', () => {
    const broken = new Error('Invalid callback URL.');
    broken.name = 'InvalidCallbackUrl';
    authConfig.logger.error(broken);
    authConfig.logger.warn('debug-enabled');
    expect(jsonLines(output.stderr())).toEqual([
      expect.objectContaining({ level: 'error', message: 'auth error', type: 'InvalidCallbackUrl', error: 'Invalid callback URL.', stack: expect.stringContaining('auth-logger.test') }),
      expect.objectContaining({ level: 'warn', message: 'auth warning', code: 'debug-enabled' }),
    ]);
  });
});
