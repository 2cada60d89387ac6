'use server';

import { revalidatePath } from 'next/cache';
import { formObject, withActor } from '@/lib/actions/with-actor';
import type { ActionResult } from '@/lib/actions/result';
import { createTokenUseCase, revokeTokenUseCase } from '@/lib/tokens/tokens';

export async function createTokenAction(_prev: ActionResult<string>, formData: FormData): Promise<ActionResult<string>> {
  const result = await withActor((actor) => createTokenUseCase(actor, formObject(formData)).token, 'Token created. Copy it now: it will not be shown again.');
  if (result.ok) revalidatePath('/settings/tokens');
  return result;
}

export async function revokeTokenAction(tokenId: number): Promise<ActionResult> {
  const result = await withActor((actor) => revokeTokenUseCase(actor, tokenId), 'Token revoked.');
  if (result.ok) revalidatePath('/settings/tokens');
  return result;
}
