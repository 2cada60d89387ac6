import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';
import { accountLocks, beginAttempt } from '@/lib/auth/throttle/failures';
import { LIMITS } from '@/lib/auth/throttle/limits';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { listUsers } from './queries';

withTempWorkspace();

const MINUTE = 60 * 1000;
const T0 = Date.UTC(2026, 0, 5, 9, 0);
const WINDOW = LIMITS.accountOnNetwork.windowMs;

/** Failed attempts as the throttle records them; each must have been let through to count. */
function fail(account: string, ip: string | null, at: number, times = 1): void {
  for (let i = 0; i < times; i += 1) expect(beginAttempt(account, ip, at)).toHaveProperty('pending');
}

const lockedUntil = (admin: Actor, now: number) => Object.fromEntries(listUsers(admin, now).map((u) => [u.email, u.signInLockedUntil]));

describe('which accounts the users list shows as locked', () => {
  it('a full per-account limit on any one network, reporting the lock that ends last', async () => {
    const admin = await makeActor('admin');
    const ds = await makeActor('data_scientist');
    fail(ds.email, '10.0.0.1', T0, LIMITS.accountOnNetwork.failures);
    fail(ds.email, null, T0 + MINUTE, LIMITS.accountOnNetwork.failures);
    fail(ds.email, '10.0.0.2', T0 + 2 * MINUTE, LIMITS.accountOnNetwork.failures - 1);
    const now = T0 + 3 * MINUTE;
    expect(lockedUntil(admin, now)).toEqual({ [admin.email]: null, [ds.email]: T0 + MINUTE + WINDOW });
    expect(accountLocks(getDb(), [ds.email], now).get(ds.email)).toEqual({ scope: 'accountOnNetwork', retryAt: T0 + MINUTE + WINDOW, failures: 14 });
    expect(lockedUntil(admin, T0 + MINUTE + WINDOW)).toEqual({ [admin.email]: null, [ds.email]: null });
  });

  it('the account-wide limit, reached from many networks none of which is full', async () => {
    const admin = await makeActor('admin');
    const ds = await makeActor('data_scientist');
    for (let i = 0; i < LIMITS.account.failures; i += 1) fail(ds.email, `10.0.${i}.1`, T0 + i * 1000);
    const lock = accountLocks(getDb(), [ds.email, admin.email], T0 + MINUTE);
    expect([...lock.keys()]).toEqual([ds.email]);
    expect(lock.get(ds.email)).toEqual({ scope: 'account', retryAt: T0 + LIMITS.account.windowMs, failures: LIMITS.account.failures });
    expect(lockedUntil(admin, T0 + MINUTE)[ds.email]).toBe(T0 + LIMITS.account.windowMs);
  });

  it('not a full network limit, fewer failures than a limit, or failures that left the window', async () => {
    const admin = await makeActor('admin');
    const ds = await makeActor('data_scientist');
    const viewer = await makeActor('viewer');
    for (let i = 0; i < LIMITS.network.failures; i += 1) fail(`user${i}@example.com`, '203.0.113.7', T0);
    expect(beginAttempt(ds.email, '203.0.113.7', T0)).toHaveProperty('refusal.scope', 'network');
    fail(ds.email, '10.0.0.1', T0, LIMITS.accountOnNetwork.failures - 1);
    fail(viewer.email, '10.0.0.1', T0 - WINDOW, LIMITS.accountOnNetwork.failures);
    expect(lockedUntil(admin, T0 + MINUTE)).toEqual({ [admin.email]: null, [ds.email]: null, [viewer.email]: null });
    expect(accountLocks(getDb(), [], T0).size).toBe(0);
  });
});
