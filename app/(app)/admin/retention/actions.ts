'use server';

import { revalidatePath } from 'next/cache';
import { formatBytes } from '@/components/format';
import { formObject, withActor } from '@/lib/actions/with-actor';
import type { ActionResult } from '@/lib/actions/result';
import { purgeRetiredArtifactsUseCase } from '@/lib/registry/retire';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function purgeRetiredArtifactsAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const result = await withActor((actor) => purgeRetiredArtifactsUseCase(actor, formObject(formData)));
  if (!result.ok || !result.data) return result;
  const { versions, files, bytes } = result.data;
  if (versions === 0) return { ok: true, message: 'No retired version is due under this rule: nothing was deleted.' };
  revalidatePath('/models', 'layout');
  return { ok: true, message: `Deleted ${plural(files, 'file')} (${formatBytes(bytes)}) from ${plural(versions, 'retired version')}.` };
}
