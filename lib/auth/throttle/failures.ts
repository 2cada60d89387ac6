import 'server-only';
import { and, count, desc, eq, gt, inArray, isNull, lte, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { signInFailures } from '@/db/schema';
import type { Writer } from '@/lib/audit/record';
import { LIMITS, RETENTION_MS, type ThrottleScope } from './limits';

/** Why an attempt is refused unchecked, and when the oldest failure that keeps it refused leaves the window. */
export interface Refusal {
  scope: ThrottleScope;
  retryAt: number;
}

/** An attempt allowed to check its password, already counted as a failure until it succeeds. */
interface PendingAttempt {
  id: number;
  account: string;
}

/**
 * The one rule of every limit: its n-th most recent failure inside the window decides; while that one
 * is inside, the window is full. `newestFirst` are failure times, newest first.
 */
function refusalAmong(scope: ThrottleScope, newestFirst: number[], now: number): Refusal | null {
  const { failures, windowMs } = LIMITS[scope];
  const nth = newestFirst.filter((failedAt) => failedAt > now - windowMs)[failures - 1];
  return nth === undefined ? null : { scope, retryAt: nth + windowMs };
}

/**
 * The rule for one limit at sign-in: reads at most the limit's count of the newest failures in its
 * window, walking the (account, failed_at) or (ip, failed_at) index newest first.
 */
function refusalFor(db: Writer, scope: ThrottleScope, key: SQL | undefined, now: number): Refusal | null {
  const { failures, windowMs } = LIMITS[scope];
  const rows = db
    .select({ failedAt: signInFailures.failedAt })
    .from(signInFailures)
    .where(and(key, gt(signInFailures.failedAt, now - windowMs)))
    .orderBy(desc(signInFailures.failedAt))
    .limit(failures)
    .all();
  return refusalAmong(scope, rows.map((row) => row.failedAt), now);
}

/** The narrowest limit speaks first: per account on this address is what someone who mistyped hit. */
function findRefusal(db: Writer, account: string, ip: string | null, now: number): Refusal | null {
  const onAccount = eq(signInFailures.account, account);
  // Callers without an address (no forwarded header) share one "network" for the per-account limit.
  const onNetwork = ip === null ? isNull(signInFailures.ip) : eq(signInFailures.ip, ip);
  return (
    refusalFor(db, 'accountOnNetwork', and(onAccount, onNetwork), now) ??
    refusalFor(db, 'account', onAccount, now) ??
    (ip === null ? null : refusalFor(db, 'network', onNetwork, now))
  );
}

/**
 * Checks the limits and, if none is full, records the attempt as a failure before the password is
 * hashed, all in one write transaction. Counting first is what stops concurrent guesses: the hash is
 * async, so checking before it and counting after would let every attempt in flight past the limit.
 * Also drops failures too old to matter, so the table stays small.
 */
export function beginAttempt(account: string, ip: string | null, now: number): { refusal: Refusal } | { pending: PendingAttempt } {
  return getDb().transaction(
    (tx) => {
      tx.delete(signInFailures).where(lte(signInFailures.failedAt, now - RETENTION_MS)).run();
      const refusal = findRefusal(tx, account, ip, now);
      if (refusal) return { refusal };
      const { id } = tx.insert(signInFailures).values({ account, ip, failedAt: now }).returning({ id: signInFailures.id }).get();
      return { pending: { id, account } };
    },
    // Immediate, so another process cannot read the same counts between our check and our insert.
    { behavior: 'immediate' },
  );
}

/**
 * A right password: one DELETE takes back the pending failure and the account's earlier ones. Attempts
 * begun after it (ids are increasing) keep their places, so guesses racing a real sign-in still count.
 */
export function attemptSucceeded(pending: PendingAttempt): void {
  getDb()
    .delete(signInFailures)
    .where(and(eq(signInFailures.account, pending.account), lte(signInFailures.id, pending.id)))
    .run();
}

/** Forgets an account's failures, e.g. when an admin vouches for the user by reactivating them. */
export function clearFailures(db: Writer, account: string): void {
  db.delete(signInFailures).where(eq(signInFailures.account, account)).run();
}

/** How many failed sign-ins still count against an account: what an admin's unlock takes back. */
export function countFailures(db: Writer, account: string, now: number): number {
  const row = db
    .select({ n: count() })
    .from(signInFailures)
    .where(and(eq(signInFailures.account, account), gt(signInFailures.failedAt, now - RETENTION_MS)))
    .get();
  return row?.n ?? 0;
}

/** An account's sign-in lock as an admin sees it: the limit that holds it, until when, and its failures that still count. */
export interface AccountLock extends Refusal {
  failures: number;
}

/**
 * The locks of these accounts, from one query. An account is locked when a limit that names it is
 * full: the account-wide one, or the per-account one on some network. The latter counts because an
 * admin cannot know which network the user signs in from, and the latest end is reported because it
 * is when the user can sign in from anywhere again. The per-network limit is not here: it belongs to
 * an address shared by everyone behind it, and clearing an account's failures would not lift it.
 */
export function accountLocks(db: Writer, accounts: string[], now: number): Map<string, AccountLock> {
  const rows =
    accounts.length === 0
      ? []
      : db
          .select({ account: signInFailures.account, ip: signInFailures.ip, failedAt: signInFailures.failedAt })
          .from(signInFailures)
          .where(and(inArray(signInFailures.account, accounts), gt(signInFailures.failedAt, now - RETENTION_MS)))
          .orderBy(desc(signInFailures.failedAt))
          .all();
  // Rows arrive newest first, so every list below stays newest first.
  const byAccount = new Map<string, { all: number[]; networks: Map<string | null, number[]> }>();
  for (const { account, ip, failedAt } of rows) {
    const entry = byAccount.get(account) ?? { all: [], networks: new Map<string | null, number[]>() };
    byAccount.set(account, entry);
    const onNetwork = entry.networks.get(ip) ?? [];
    entry.networks.set(ip, onNetwork);
    entry.all.push(failedAt);
    onNetwork.push(failedAt);
  }
  const locks = new Map<string, AccountLock>();
  for (const [account, { all, networks }] of byAccount) {
    const candidates = [refusalAmong('account', all, now), ...[...networks.values()].map((times) => refusalAmong('accountOnNetwork', times, now))];
    const latest = candidates.reduce<Refusal | null>((best, c) => (c && (!best || c.retryAt > best.retryAt) ? c : best), null);
    if (latest) locks.set(account, { ...latest, failures: all.length });
  }
  return locks;
}
