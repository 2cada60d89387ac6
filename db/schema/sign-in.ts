import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Failed sign-ins of the last minutes, by normalized email and client IP, so the throttle holds across
 * restarts and processes. An attempt is written here before its password is checked, so attempts in
 * flight count too; a success deletes its row and its account's earlier ones. Rows older than the
 * longest window are pruned. Not tied to users: an unknown address is throttled like a real one, so the
 * limit reveals no accounts.
 */
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    account: text('account').notNull(),
    ip: text('ip'),
    failedAt: integer('failed_at').notNull(),
  },
  (t) => [
    index('sign_in_failures_account_idx').on(t.account, t.failedAt),
    index('sign_in_failures_ip_idx').on(t.ip, t.failedAt),
    index('sign_in_failures_time_idx').on(t.failedAt),
  ],
);
