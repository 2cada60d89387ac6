import { describe, expect, it } from 'vitest';
import { listAudit } from '@/lib/audit/queries';
import { authenticateThrottled } from '@/lib/auth/throttle/authenticate';
import { LIMITS } from '@/lib/auth/throttle/limits';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { contentDigest } from '@/lib/testing/fuzz/digest';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { listUsers } from './queries';
import { unlockSignInUseCase } from './unlock-sign-in';

withTempWorkspace();

const RIGHT = 'correct horse battery';
const IP = '203.0.113.7';

/** 'wrong' means the password was checked and failed; 'refused' means a limit stopped it first. */
async function signIn(email: string, password: string, now: number): Promise<'signed-in' | 'wrong' | 'refused'> {
  const { actor, refusal } = await authenticateThrottled({ email, password }, IP, now);
  if (refusal) return 'refused';
  return actor ? 'signed-in' : 'wrong';
}

async function lockOut(email: string, now: number): Promise<void> {
  for (let i = 0; i < LIMITS.accountOnNetwork.failures; i += 1) expect(await signIn(email, 'wrong password', now)).toBe('wrong');
  expect(await signIn(email, RIGHT, now)).toBe('refused');
}

const lockedUntil = (admin: Parameters<typeof listUsers>[0], id: number) => listUsers(admin).find((u) => u.id === id)?.signInLockedUntil;
const unlocks = (admin: Parameters<typeof listAudit>[0]) => listAudit(admin, { action: 'user.sign_in_unlocked' }).entries;

describe('clearing a sign-in lock', () => {
  it('shows the lock to the admin, clears it with one audit entry, and lets the right password in again', async () => {
    const admin = await makeActor('admin');
    const ds = await makeActor('data_scientist');
    const now = Date.now();
    await lockOut(ds.email, now);
    expect(lockedUntil(admin, ds.id)).toBe(now + LIMITS.accountOnNetwork.windowMs);
    expect(lockedUntil(admin, admin.id)).toBeNull();

    const before = tableCounts();
    expect(unlockSignInUseCase(admin, ds.id)).toEqual({ userId: ds.id, email: ds.email, clearedFailures: LIMITS.accountOnNetwork.failures });
    expect(tableCounts()).toEqual({ ...before, audit_log: before.audit_log! + 1, sign_in_failures: 0 });
    expect(lockedUntil(admin, ds.id)).toBeNull();
    const entries = unlocks(admin);
    expect(entries.map((e) => [e.actor, e.entityType, e.entityId, e.before, e.after])).toEqual([
      [`${admin.name} <${admin.email}>`, 'user', String(ds.id), { failedSignIns: LIMITS.accountOnNetwork.failures }, { failedSignIns: 0 }],
    ]);
    expect(await signIn(ds.email, RIGHT, now)).toBe('signed-in');
  });

  it('refuses anyone but an admin and changes nothing', async () => {
    const admin = await makeActor('admin');
    const ds = await makeActor('data_scientist');
    const now = Date.now();
    await lockOut(ds.email, now);
    for (const role of ['viewer', 'data_scientist', 'reviewer'] as const) {
      const other = await makeActor(role);
      const before = contentDigest();
      expect((await expectAppError(() => unlockSignInUseCase(other, ds.id))).status).toBe(403);
      expect(contentDigest()).toEqual(before);
    }
    expect(lockedUntil(admin, ds.id)).toBe(now + LIMITS.accountOnNetwork.windowMs);
    expect(await signIn(ds.email, RIGHT, now)).toBe('refused');
  });

  it('refuses an account with nothing to clear, and writes nothing', async () => {
    const admin = await makeActor('admin');
    const ds = await makeActor('data_scientist');
    await lockOut(ds.email, Date.now());
    unlockSignInUseCase(admin, ds.id);
    const before = contentDigest();
    const error = await expectAppError(() => unlockSignInUseCase(admin, ds.id));
    expect([error.status, error.message]).toEqual([409, `${ds.email} has no failed sign-ins to clear.`]);
    expect(contentDigest()).toEqual(before);
    expect(unlocks(admin)).toHaveLength(1);
  });

  it('clears failures that do not lock yet, but not ones that no longer count', async () => {
    const admin = await makeActor('admin');
    const ds = await makeActor('data_scientist');
    const now = Date.now();
    expect(await signIn(ds.email, 'wrong password', now - LIMITS.account.windowMs)).toBe('wrong');
    expect((await expectAppError(() => unlockSignInUseCase(admin, ds.id, now))).status).toBe(409);
    expect(await signIn(ds.email, 'wrong password', now)).toBe('wrong');
    expect(lockedUntil(admin, ds.id)).toBeNull();
    expect(unlockSignInUseCase(admin, ds.id, now).clearedFailures).toBe(1);
  });

  it('answers an unknown or malformed user id with not found, writing nothing', async () => {
    const admin = await makeActor('admin');
    const before = contentDigest();
    for (const id of [admin.id + 1000, 0, -1, 1.5, Number.NaN]) {
      const error = await expectAppError(() => unlockSignInUseCase(admin, id));
      expect([error.status, error.message]).toEqual([404, 'No such user.']);
    }
    expect(contentDigest()).toEqual(before);
  });
});
