'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formObject, withActor } from '@/lib/actions/with-actor';
import type { ActionResult } from '@/lib/actions/result';
import { addCommentUseCase, editCommentUseCase } from '@/lib/discussion/comments';
import { verifyArtifactUseCase } from '@/lib/registry/artifacts';
import { deleteVersionUseCase } from '@/lib/registry/deletes';
import { updateModelCardUseCase } from '@/lib/registry/model-cards';

export async function updateCardAction(modelName: string, version: number, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const result = await withActor((actor) => updateModelCardUseCase(actor, modelName, version, formObject(formData)), 'Model card saved.');
  if (result.ok) revalidatePath(`/models/${encodeURIComponent(modelName)}`, 'layout');
  return result;
}

export async function verifyArtifactAction(artifactId: number) {
  return withActor((actor) => verifyArtifactUseCase(actor, artifactId));
}

export async function deleteVersionAction(name: string, version: number): Promise<ActionResult> {
  const result = await withActor((actor) => deleteVersionUseCase(actor, name, version));
  if (!result.ok) return result;
  const modelPath = `/models/${encodeURIComponent(name)}`;
  revalidatePath(modelPath, 'layout');
  redirect(modelPath);
}

export async function addCommentAction(modelName: string, version: number, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const result = await withActor((actor) => addCommentUseCase(actor, modelName, version, formObject(formData)), 'Comment posted.');
  if (result.ok) revalidatePath(`/models/${encodeURIComponent(modelName)}/versions/${version}`);
  return result;
}

export async function editCommentAction(commentId: number, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const result = await withActor((actor) => editCommentUseCase(actor, commentId, formObject(formData)), 'Comment edited.');
  // Every version page, not one named by the client: the comment is identified by its id alone.
  if (result.ok) revalidatePath('/(app)/models/[name]/versions/[version]', 'page');
  return result;
}
