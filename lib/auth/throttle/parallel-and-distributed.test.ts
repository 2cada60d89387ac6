import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { signInFailures } from '@/db/schema';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { updateUserUseCase } from '@/lib/users/use-cases';
import { authenticateThrottled } from './authenticate';
import { LIMITS } from './limits';
import { messageForCode, refusalCode } from './message';

withTempWorkspace();

const MINUTE = 60 * 1000;
const T0 = Date.UTC(2026, 0, 5, 9, 0);
const RIGHT = 'correct horse battery';

const rowsFor = (account: string) => getDb().select().from(signInFailures).all().filter((row) => row.account === account);

/** 'wrong' means the password was checked and failed; 'refused' means a limit stopped it first. */
async function outcome(email: string, password: string, ip: string, now: number): Promise<'signed-in' | 'wrong' | 'refused'> {
  const { actor, refusal } = await authenticateThrottled({ email, password }, ip, now);
  if (refusal) return 'refused';
  return actor ? 'signed-in' : 'wrong';
}

describe('sign-in throttle under parallel and distributed guessing', () => {
  it('checks at most the limit of passwords when 20 wrong attempts arrive at once', async () => {
    const ds = await makeActor('data_scientist');
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => outcome(ds.email, `guess ${i}`, '203.0.113.7', T0)));
    expect(outcomes.filter((o) => o === 'wrong')).toHaveLength(LIMITS.accountOnNetwork.failures);
    expect(outcomes.filter((o) => o === 'refused')).toHaveLength(20 - LIMITS.accountOnNetwork.failures);
    expect(rowsFor(ds.email)).toHaveLength(LIMITS.accountOnNetwork.failures);
  });

  it('counts a right password racing wrong ones only as long as it is being checked', async () => {
    const ds = await makeActor('data_scientist');
    const [first, ...rest] = await Promise.all([
      outcome(ds.email, RIGHT, '203.0.113.7', T0),
      ...Array.from({ length: 6 }, () => outcome(ds.email, 'wrong password', '203.0.113.7', T0)),
    ]);
    expect(first).toBe('signed-in');
    // The pending right attempt held one of the five places while in flight, so only four guesses got checked.
    expect(rest.filter((o) => o === 'wrong')).toHaveLength(LIMITS.accountOnNetwork.failures - 1);
    // The success cleared only attempts begun before it: guesses racing it still count.
    expect(rowsFor(ds.email)).toHaveLength(LIMITS.accountOnNetwork.failures - 1);
  });

  it('refuses an account everywhere once guesses spread over many addresses reach the account-wide cap', async () => {
    const ds = await makeActor('data_scientist');
    const perAddress = LIMITS.accountOnNetwork.failures;
    for (let i = 0; i < LIMITS.account.failures; i += 1) {
      expect(await outcome(ds.email, 'wrong password', `10.0.${Math.floor(i / perAddress)}.1`, T0 + i * 1000)).toBe('wrong');
    }
    const now = T0 + MINUTE;
    const { actor, refusal } = await authenticateThrottled({ email: ds.email, password: RIGHT }, '198.51.100.2', now);
    expect(actor).toBeNull();
    expect(refusal).toEqual({ scope: 'account', retryAt: T0 + LIMITS.account.windowMs });
    expect(messageForCode(refusalCode(refusal!, now))).toBe('Too many failed sign-ins for this account. Try again in 14 minutes.');
    expect(await outcome(ds.email, RIGHT, '198.51.100.2', T0 + LIMITS.account.windowMs + 1000 * LIMITS.account.failures)).toBe('signed-in');
  });

  it('forgets the failures when an admin reactivates the user', async () => {
    const admin = await makeActor('admin');
    const ds = await makeActor('data_scientist');
    for (let i = 0; i < LIMITS.accountOnNetwork.failures; i += 1) expect(await outcome(ds.email, 'wrong password', '10.0.0.1', T0)).toBe('wrong');
    updateUserUseCase(admin, ds.id, { active: false });
    expect(rowsFor(ds.email)).toHaveLength(LIMITS.accountOnNetwork.failures);
    updateUserUseCase(admin, ds.id, { active: true });
    expect(rowsFor(ds.email)).toHaveLength(0);
    expect(await outcome(ds.email, RIGHT, '10.0.0.1', T0 + MINUTE)).toBe('signed-in');
  });
});
