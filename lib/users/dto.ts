import type { UserRow } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';

/** A user as the UI may see it: never the password hash. */
export interface UserDto {
  id: number;
  email: string;
  name: string;
  role: UserRow['role'];
  team: string | null;
  active: boolean;
  createdAt: number;
}

/** A row of the admin's user list: the user, and until when failed sign-ins lock them out (null when they do not). */
export interface UserListItem extends UserDto {
  signInLockedUntil: number | null;
}

export function toUserDto(row: UserRow): UserDto {
  return { id: row.id, email: row.email, name: row.name, role: row.role, team: row.team, active: row.active, createdAt: row.createdAt };
}

export function toActor(row: UserRow): Actor {
  return { id: row.id, email: row.email, name: row.name, role: row.role, team: row.team };
}
