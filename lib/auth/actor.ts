import type { Role } from '@/db/schema';
import { forbidden } from '@/lib/errors';
import { can, type Permission } from './permissions';

/** The signed-in user on whose behalf a use case runs. */
export interface Actor {
  id: number;
  email: string;
  name: string;
  role: Role;
  team: string | null;
}

export function authorize(actor: Actor, permission: Permission, surface: string): void {
  if (!can(actor.role, permission)) throw forbidden(surface);
}

/** Admins edit anything; authors edit what they own or what belongs to their team. */
export function authorizeOwned(
  actor: Actor,
  permission: Permission,
  resource: { ownerId: number; team: string | null },
  surface: string,
): void {
  authorize(actor, permission, surface);
  if (actor.role === 'admin') return;
  const owns = resource.ownerId === actor.id || (resource.team !== null && resource.team === actor.team);
  if (!owns) throw forbidden(surface, 'Only the owner, their team or an admin can change this model.');
}

export function canEdit(actor: Actor, permission: Permission, resource: { ownerId: number; team: string | null }): boolean {
  try {
    authorizeOwned(actor, permission, resource, 'check');
    return true;
  } catch {
    return false;
  }
}
