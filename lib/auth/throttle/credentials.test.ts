import { Auth, raw, skipCSRFCheck } from '@auth/core';
import { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { describe, expect, it } from 'vitest';
import { listAudit } from '@/lib/audit/queries';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { authorizeCredentials, SignInThrottled } from './credentials';
import { LIMITS } from './limits';
import { messageForCode } from './message';

withTempWorkspace();

const MINUTE = 60 * 1000;
const T0 = Date.UTC(2026, 0, 5, 9, 0);
const RIGHT = 'correct horse battery';
// The left entry is the client's own claim; the default of one trusted proxy reads the right one.
const from = (ip: string) => new Request('http://localhost/api/auth/callback/credentials', { method: 'POST', headers: { 'x-forwarded-for': `6.6.6.6, ${ip}` } });

async function thrown(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the sign-in to be refused');
}

describe('throttled sign-in through Auth.js', () => {
  it('refuses with a code the login form turns into the message, and audits each attempt once', async () => {
    const admin = await makeActor('admin');
    const ds = await makeActor('data_scientist');
    for (let i = 0; i < LIMITS.accountOnNetwork.failures; i += 1) {
      expect(await authorizeCredentials({ email: ds.email, password: 'wrong password' }, from('203.0.113.7'), T0)).toBeNull();
    }
    const error = await thrown(() => authorizeCredentials({ email: ds.email, password: RIGHT }, from('203.0.113.7'), T0 + 2 * MINUTE));
    expect(error).toBeInstanceOf(SignInThrottled);
    expect(error).toBeInstanceOf(CredentialsSignin);
    const { code } = error as SignInThrottled;
    expect(code).toBe('throttled-accountOnNetwork-13');
    expect(messageForCode(code)).toBe('Too many failed sign-ins for this account. Try again in 13 minutes.');
    expect(messageForCode('credentials')).toBeNull();
    const user = await authorizeCredentials({ email: ds.email, password: RIGHT }, from('203.0.113.7'), T0 + LIMITS.accountOnNetwork.windowMs);
    expect(user?.id).toBe(String(ds.id));

    const entries = listAudit(admin, { action: 'auth' }).entries.reverse();
    expect(entries).toHaveLength(LIMITS.accountOnNetwork.failures + 2);
    expect(entries.slice(-2).map((e) => [e.action, e.entityType, e.entityId, e.after])).toEqual([
      ['auth.sign_in_failed', 'user', String(ds.id), { reason: 'throttled', scope: 'accountOnNetwork' }],
      ['auth.sign_in', 'user', String(ds.id), null],
    ]);
  });

  it('names unknown addresses the same way, so the limit reveals no accounts', async () => {
    const admin = await makeActor('admin');
    for (let i = 0; i < LIMITS.accountOnNetwork.failures; i += 1) await authorizeCredentials({ email: 'nobody@example.com', password: 'guess' }, from('10.1.0.1'), T0);
    const error = await thrown(() => authorizeCredentials({ email: 'Nobody@Example.com', password: 'guess' }, from('10.1.0.1'), T0 + MINUTE));
    expect((error as SignInThrottled).code).toBe('throttled-accountOnNetwork-14');
    const [latest] = listAudit(admin, { action: 'auth' }).entries;
    expect([latest?.entityType, latest?.entityId, latest?.after]).toEqual(['email', 'nobody@example.com', { reason: 'throttled', scope: 'accountOnNetwork' }]);
  });

  it('reaches the sign-in action as the same error, with the IP from the forwarded header', async () => {
    const ds = await makeActor('data_scientist');
    const config = {
      secret: 'test-secret-of-enough-length-for-auth-js',
      trustHost: true,
      basePath: '/api/auth',
      providers: [Credentials({ credentials: { email: {}, password: {} }, authorize: (c, request) => authorizeCredentials(c, request) })],
      // Auth.js logs every refused sign-in as an error; the assertions below are what matter here.
      logger: { error: () => {} },
    };
    const attempt = (email: string, ip: string) =>
      Auth(
        new Request('http://localhost/api/auth/callback/credentials', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
          body: new URLSearchParams({ email, password: 'wrong password', callbackUrl: '/' }),
        }),
        { ...config, raw, skipCSRFCheck },
      );
    for (let i = 0; i < LIMITS.network.failures; i += 1) {
      expect(await thrown(() => attempt(`user${i}@example.com`, '203.0.113.9'))).toMatchObject({ code: 'credentials' });
    }
    const error = await thrown(() => attempt(ds.email, '203.0.113.9'));
    expect(messageForCode((error as CredentialsSignin).code)).toMatch(/^Too many failed sign-ins from this network\. Try again in \d+ minutes?\.$/);
  });
});
