import 'server-only';
import { and, desc, eq, gt, lte, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { signInFailures } from '@/db/schema';
import { LIMITS, RETENTION_MS, type ThrottleScope } from './limits';

/** Why an attempt is refused unchecked, and when the oldest failure that keeps it refused leaves the window. */
export interface Refusal {
  scope: ThrottleScope;
  retryAt: number;
}

/**
 * The limit's n-th most recent failure inside the window decides: while it is inside, the window is
 * full. Reads at most `failures` rows through the (key, failed_at) index.
 */
function refusalFor(scope: ThrottleScope, key: SQL, now: number): Refusal | null {
  const { failures, windowMs } = LIMITS[scope];
  const row = getDb()
    .select({ failedAt: signInFailures.failedAt })
    .from(signInFailures)
    .where(and(key, gt(signInFailures.failedAt, now - windowMs)))
    .orderBy(desc(signInFailures.failedAt))
    .limit(1)
    .offset(failures - 1)
    .get();
  return row ? { scope, retryAt: row.failedAt + windowMs } : null;
}

/** The account's own limit speaks first: it is the more useful message for someone who mistyped. */
export function findRefusal(account: string, ip: string | null, now: number): Refusal | null {
  return refusalFor('account', eq(signInFailures.account, account), now) ?? (ip === null ? null : refusalFor('network', eq(signInFailures.ip, ip), now));
}

/** Counts a wrong password, and drops failures too old to matter so the table stays small. */
export function recordFailure(account: string, ip: string | null, now: number): void {
  getDb().transaction((tx) => {
    tx.delete(signInFailures).where(lte(signInFailures.failedAt, now - RETENTION_MS)).run();
    tx.insert(signInFailures).values({ account, ip, failedAt: now }).run();
  });
}

export function clearFailures(account: string): void {
  getDb().delete(signInFailures).where(eq(signInFailures.account, account)).run();
}
