'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formObject, withActor } from '@/lib/actions/with-actor';
import type { ActionResult } from '@/lib/actions/result';
import { deleteAliasUseCase, setAliasUseCase } from '@/lib/registry/aliases';
import { deleteModelUseCase } from '@/lib/registry/deletes';
import { createModelUseCase, updateModelUseCase } from '@/lib/registry/models';
import { parseTagText } from '@/lib/registry/tag-text';

function modelFields(formData: FormData) {
  const { tags, ownerId, ...fields } = formObject(formData);
  return {
    ...fields,
    ...(typeof tags === 'string' ? { tags: parseTagText(tags) } : {}),
    ...(typeof ownerId === 'string' && ownerId ? { ownerId: Number(ownerId) } : {}),
  };
}

export async function createModelAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const result = await withActor((actor) => createModelUseCase(actor, modelFields(formData)));
  if (!result.ok) return result;
  revalidatePath('/models');
  redirect(`/models/${encodeURIComponent(result.data!.name)}`);
}

export async function updateModelAction(name: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const result = await withActor((actor) => updateModelUseCase(actor, name, modelFields(formData)), 'Model details saved.');
  if (result.ok) revalidatePath(`/models/${encodeURIComponent(name)}`);
  return result;
}

/** Sets or removes an alias; the submit button's `intent` says which. */
export async function aliasAction(modelName: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const fields = formObject(formData);
  const result = await withActor((actor) => {
    if (fields.intent === 'delete') return deleteAliasUseCase(actor, modelName, String(fields.alias ?? ''));
    return setAliasUseCase(actor, modelName, fields);
  }, fields.intent === 'delete' ? `Alias @${fields.alias} removed.` : `Alias @${fields.alias} now points to version ${fields.version}.`);
  if (result.ok) revalidatePath(`/models/${encodeURIComponent(modelName)}`, 'layout');
  return result;
}

export async function deleteModelAction(name: string): Promise<ActionResult> {
  const result = await withActor((actor) => deleteModelUseCase(actor, name));
  if (!result.ok) return result;
  revalidatePath('/models');
  redirect('/models');
}
