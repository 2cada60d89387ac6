'use server';

import { revalidatePath } from 'next/cache';
import { formObject, withActor } from '@/lib/actions/with-actor';
import type { ActionResult } from '@/lib/actions/result';
import { deployUseCase } from '@/lib/governance/deployments';
import { rollbackUseCase } from '@/lib/governance/rollback';

// Stages change too, so the model page and its version pages are stale as well as this one.
const refresh = (modelName: string) => revalidatePath(`/models/${encodeURIComponent(modelName)}`, 'layout');

export async function deployAction(modelName: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const result = await withActor((actor) => deployUseCase(actor, modelName, formObject(formData)));
  if (!result.ok) return result;
  refresh(modelName);
  const { environment, championVersion, challengerVersion } = result.data!;
  const challenger = challengerVersion === null ? '' : ` with version ${challengerVersion} as challenger`;
  return { ok: true, message: `Version ${championVersion} now serves ${environment}${challenger}.` };
}

export async function rollbackAction(modelName: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const result = await withActor((actor) => rollbackUseCase(actor, modelName, formObject(formData)));
  if (!result.ok) return result;
  refresh(modelName);
  const { from, to, environments } = result.data!;
  const followed = environments.length === 0 ? '' : ` ${environments.join(', ')} now serve${environments.length === 1 ? 's' : ''} version ${to}.`;
  return { ok: true, message: `Rolled back from version ${from} to version ${to}.${followed}` };
}
