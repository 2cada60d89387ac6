import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { loadActiveActor } from '@/lib/users/queries';
import type { Actor } from './actor';
import { auth } from './auth';

/**
 * The signed-in user, read fresh from the database on every request: a deactivated account or a
 * changed role takes effect on the next request, whatever the session cookie still says.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  return Number.isInteger(id) && id > 0 ? loadActiveActor(id) : null;
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/login');
  return actor;
}
