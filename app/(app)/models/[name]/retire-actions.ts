'use server';

import { revalidatePath } from 'next/cache';
import { formObject, withActor } from '@/lib/actions/with-actor';
import type { ActionResult } from '@/lib/actions/result';
import { retireModelUseCase, retireVersionUseCase } from '@/lib/registry/retire';

const modelPath = (name: string) => `/models/${encodeURIComponent(name)}`;

export async function retireVersionAction(modelName: string, version: number, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const result = await withActor((actor) => retireVersionUseCase(actor, modelName, version, formObject(formData)), (retired) => `Version ${retired.version} retired.`);
  if (result.ok) revalidatePath(modelPath(modelName), 'layout');
  return result;
}

export async function retireModelAction(modelName: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const result = await withActor((actor) => retireModelUseCase(actor, modelName, formObject(formData)), (retired) => `Model "${retired.name}" and its versions retired.`);
  if (result.ok) {
    revalidatePath(modelPath(result.data!.name), 'layout');
    revalidatePath('/');
  }
  return result;
}
