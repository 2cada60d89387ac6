import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { toActor, toUserDto, type UserDto } from './dto';
import type { Actor } from '@/lib/auth/actor';

export function findUserByEmail(email: string) {
  return getDb().select().from(users).where(eq(users.email, email)).get();
}

/** The actor behind a session, or null when the account is gone or deactivated. */
export function loadActiveActor(id: number): Actor | null {
  const row = getDb().select().from(users).where(eq(users.id, id)).get();
  return row && row.active ? toActor(row) : null;
}

export function listUsers(): UserDto[] {
  return getDb().select().from(users).orderBy(asc(users.name)).all().map(toUserDto);
}

/** Id and name of everyone, for owner pickers and filters. */
export function listUserNames(): { id: number; name: string }[] {
  return getDb().select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name)).all();
}
