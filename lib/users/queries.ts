import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users, type UserRow } from '@/db/schema';
import { toActor, toUserDto, type UserListItem } from './dto';
import { authorize, type Actor } from '@/lib/auth/actor';
import { accountLocks } from '@/lib/auth/throttle/failures';
import { notFound, routeId } from '@/lib/errors';
import { preparedPerConnection } from '@/lib/prepared';

export function findUserByEmail(email: string) {
  return getDb().select().from(users).where(eq(users.email, email)).get();
}

const userById = preparedPerConnection((db) => db.select().from(users).where(eq(users.id, sql.placeholder('id'))).prepare());

/** The actor behind a session, or null when the account is gone or deactivated. */
export function loadActiveActor(id: number): Actor | null {
  const row = userById().get({ id });
  return row && row.active ? toActor(row) : null;
}

/** Id and email of an account, active or not: how a webhook event names who made the change. */
export function userContact(id: number): { id: number; email: string } | null {
  const row = userById().get({ id });
  return row ? { id: row.id, email: row.email } : null;
}

/** Everyone with email, role, status and sign-in lock: for user management only. */
export function listUsers(actor: Actor, now = Date.now()): UserListItem[] {
  authorize(actor, 'user:manage', 'user');
  return withSignInLocks(getDb().select().from(users).orderBy(asc(users.name)).all(), now);
}

/** One user as the users list shows them; an unknown or malformed id is a 404, as in the use cases. */
export function getUser(actor: Actor, rawId: unknown, now = Date.now()): UserListItem {
  authorize(actor, 'user:manage', 'user');
  const row = userById().get({ id: routeId(rawId, 'user', 'No such user.') });
  if (!row) throw notFound('user', 'No such user.');
  return withSignInLocks([row], now)[0]!;
}

function withSignInLocks(rows: UserRow[], now: number): UserListItem[] {
  const locks = accountLocks(getDb(), rows.map((row) => row.email), now);
  return rows.map((row) => ({ ...toUserDto(row), signInLockedUntil: locks.get(row.email)?.retryAt ?? null }));
}

/** Id and name of everyone, for owner pickers and filters. */
export function listUserNames(actor: Actor): { id: number; name: string }[] {
  authorize(actor, 'read', 'user');
  return getDb().select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name)).all();
}
