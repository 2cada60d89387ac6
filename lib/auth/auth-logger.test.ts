import { CredentialsSignin } from 'next-auth';
import { CallbackRouteError, JWTSessionError } from '@auth/core/errors';
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

  it('writes what a client got wrong as one warning without a stack, and warnings as warnings', () => {
    const unknown = new Error('Cannot handle action: providers.');
    unknown.name = 'UnknownAction';
    authConfig.logger.error(unknown);
    authConfig.logger.warn('debug-enabled');
    const written = jsonLines(output.stderr());
    expect(written).toEqual([
      expect.objectContaining({ level: 'warn', message: 'auth: request refused', type: 'UnknownAction', error: 'Cannot handle action: providers.' }),
      expect.objectContaining({ level: 'warn', message: 'auth warning', code: 'debug-enabled' }),
    ]);
    expect(written[0]).not.toHaveProperty('stack');
  });

  it('writes a failure of ours (an error in a session callback, an error Auth.js did not name) as an error with its stack', () => {
    authConfig.logger.error(new JWTSessionError('Read more at https://errors.authjs.dev#jwtsessionerror', { cause: { err: new Error('no such column: role') } }));
    authConfig.logger.error(new TypeError('Cannot read properties of undefined'));
    expect(jsonLines(output.stderr())).toEqual([
      expect.objectContaining({ level: 'error', type: 'JWTSessionError', error: 'no such column: role', stack: expect.any(String) }),
      expect.objectContaining({ level: 'error', type: 'TypeError', error: 'Cannot read properties of undefined', stack: expect.any(String) }),
    ]);
  });

  it('writes an error thrown inside our sign-in code as an error with the stack of its cause', () => {
    // As Auth.js wraps what authorize() threw.
    const wrapped = new CallbackRouteError('Read more at https://errors.authjs.dev#callbackrouteerror', { cause: { err: new Error('database is locked') } });
    authConfig.logger.error(wrapped);
    expect(jsonLines(output.stderr())).toEqual([
      expect.objectContaining({ level: 'error', message: 'auth error', type: 'CallbackRouteError', error: 'database is locked', stack: expect.stringContaining('auth-logger.test') }),
    ]);
  });
});
