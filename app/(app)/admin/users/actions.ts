'use server';

import { revalidatePath } from 'next/cache';
import { formObject, withActor } from '@/lib/actions/with-actor';
import type { ActionResult } from '@/lib/actions/result';
import { unlockSignInUseCase } from '@/lib/users/unlock-sign-in';
import { createUserUseCase, updateUserUseCase } from '@/lib/users/use-cases';

export async function createUserAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const fields = formObject(formData);
  const result = await withActor((actor) => createUserUseCase(actor, fields), `Account created for ${fields.email}.`);
  if (result.ok) revalidatePath('/admin/users');
  return result;
}

/** Role, team, or active flag of one user; `active` arrives as "true"/"false" from the buttons. */
export async function updateUserAction(userId: number, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const { role, team, active } = formObject(formData);
  const input = {
    ...(role !== undefined ? { role } : {}),
    ...(team !== undefined ? { team } : {}),
    ...(active !== undefined ? { active: active === 'true' } : {}),
  };
  const result = await withActor((actor) => updateUserUseCase(actor, userId, input), 'Saved.');
  if (result.ok) revalidatePath('/admin/users');
  return result;
}

/**
 * Clears a user's failed sign-ins. The button's form carries nothing, so neither the previous state nor
 * the form is read; the message names the account the use case found, not whatever id the client sent.
 */
export async function unlockSignInAction(userId: number): Promise<ActionResult> {
  const result = await withActor((actor) => unlockSignInUseCase(actor, userId), (unlocked) => `Sign-in unlocked for ${unlocked.email}.`);
  if (result.ok) revalidatePath('/admin/users');
  return result;
}
