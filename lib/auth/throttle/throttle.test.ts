import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { signInFailures } from '@/db/schema';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { authenticateBasic, authenticateThrottled } from './authenticate';
import { LIMITS } from './limits';
import { minutesLeft, refusalMessage } from './message';

withTempWorkspace();

const MINUTE = 60 * 1000;
const T0 = Date.UTC(2026, 0, 5, 9, 0);
const RIGHT = 'correct horse battery';

async function fail(email: string, ip: string, now: number) {
  const { actor, refusal } = await authenticateThrottled({ email, password: 'wrong password' }, ip, now);
  expect(actor).toBeNull();
  expect(refusal).toBeNull();
}

const failureRows = () => getDb().select().from(signInFailures).all();

describe('sign-in throttle', () => {
  it('refuses the 6th attempt on an account from one address even with the right password, but not the user elsewhere', async () => {
    const ds = await makeActor('data_scientist');
    const other = await makeActor('viewer');
    for (let i = 0; i < LIMITS.accountOnNetwork.failures; i += 1) await fail(ds.email.toUpperCase(), '10.0.0.1', T0 + i * MINUTE);
    const now = T0 + 5 * MINUTE;
    const refused = await authenticateThrottled({ email: ds.email, password: RIGHT }, '10.0.0.1', now);
    expect(refused.actor).toBeNull();
    expect(refused.refusal).toEqual({ scope: 'accountOnNetwork', retryAt: T0 + 15 * MINUTE });
    expect(refusalMessage('accountOnNetwork', minutesLeft(refused.refusal!, now))).toBe('Too many failed sign-ins for this account. Try again in 10 minutes.');
    expect((await authenticateThrottled({ email: other.email, password: RIGHT }, '192.168.1.1', now)).actor?.id).toBe(other.id);
    // A refused attempt is not a failure: the lock ends when the window passes, however often it is hit.
    expect(failureRows()).toHaveLength(LIMITS.accountOnNetwork.failures);
    // Five wrong guesses from one address do not lock the real user out of theirs.
    expect((await authenticateThrottled({ email: ds.email, password: RIGHT }, '10.0.9.9', now)).actor?.id).toBe(ds.id);
  });

  it('catches one address spraying a password across many accounts, but not the same user elsewhere', async () => {
    const ds = await makeActor('data_scientist');
    for (let i = 0; i < LIMITS.network.failures; i += 1) await fail(`user${i}@example.com`, '203.0.113.7', T0 + i * 1000);
    const now = T0 + MINUTE;
    const refused = await authenticateThrottled({ email: ds.email, password: RIGHT }, '203.0.113.7', now);
    expect(refused).toEqual({ actor: null, refusal: { scope: 'network', retryAt: T0 + 15 * MINUTE } });
    expect(refusalMessage('network', minutesLeft(refused.refusal!, now))).toBe('Too many failed sign-ins from this network. Try again in 14 minutes.');
    expect((await authenticateThrottled({ email: ds.email, password: RIGHT }, '198.51.100.2', now)).actor?.id).toBe(ds.id);
  });

  it('lets the user in once the oldest failure leaves the window, and prunes expired rows', async () => {
    const ds = await makeActor('data_scientist');
    for (let i = 0; i < LIMITS.accountOnNetwork.failures; i += 1) await fail(ds.email, '10.0.0.1', T0 + i * MINUTE);
    const justBefore = T0 + LIMITS.accountOnNetwork.windowMs - 1;
    const stillRefused = await authenticateThrottled({ email: ds.email, password: RIGHT }, '10.0.0.1', justBefore);
    expect(stillRefused.refusal?.scope).toBe('accountOnNetwork');
    expect(minutesLeft(stillRefused.refusal!, justBefore)).toBe(1);
    expect(refusalMessage('account', 1)).toBe('Too many failed sign-ins for this account. Try again in 1 minute.');
    const later = T0 + LIMITS.accountOnNetwork.windowMs;
    await fail('someone@example.com', '10.0.0.2', later);
    expect(failureRows().map((r) => r.failedAt)).not.toContain(T0);
    expect((await authenticateThrottled({ email: ds.email, password: RIGHT }, '10.0.0.1', later)).actor?.id).toBe(ds.id);
  });

  it('clears the account after a successful sign-in, so earlier mistakes no longer count', async () => {
    const ds = await makeActor('data_scientist');
    const other = await makeActor('viewer');
    for (let i = 0; i < LIMITS.accountOnNetwork.failures - 1; i += 1) await fail(ds.email, '10.0.0.1', T0 + i);
    await fail(other.email, '10.0.0.1', T0);
    expect((await authenticateThrottled({ email: ds.email, password: RIGHT }, '10.0.0.1', T0 + MINUTE)).actor?.id).toBe(ds.id);
    expect(failureRows().map((r) => r.account)).toEqual([other.email]);
    for (let i = 0; i < LIMITS.accountOnNetwork.failures - 1; i += 1) await fail(ds.email, '10.0.0.1', T0 + 2 * MINUTE + i);
    expect((await authenticateThrottled({ email: ds.email, password: RIGHT }, '10.0.0.1', T0 + 3 * MINUTE)).actor?.id).toBe(ds.id);
  });

  it('throttles HTTP Basic with a 429 that says how long to wait, callers without an address sharing one', async () => {
    const ds = await makeActor('data_scientist');
    for (let i = 0; i < LIMITS.accountOnNetwork.failures; i += 1) {
      expect(await authenticateBasic({ email: ds.email, password: 'wrong password' }, null, T0)).toBeNull();
    }
    const error = await expectAppError(() => authenticateBasic({ email: ds.email, password: RIGHT }, null, T0 + MINUTE));
    expect([error.status, error.code, error.message]).toEqual([429, 'rate_limited:sign_in', 'Too many failed sign-ins for this account. Try again in 14 minutes.']);
    expect((await authenticateBasic({ email: ds.email, password: RIGHT }, null, T0 + LIMITS.accountOnNetwork.windowMs + 1))?.id).toBe(ds.id);
  });
});
