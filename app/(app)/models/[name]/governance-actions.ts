'use server';

import { revalidatePath } from 'next/cache';
import { formObject, withActor } from '@/lib/actions/with-actor';
import type { ActionResult } from '@/lib/actions/result';
import { setPolicyUseCase } from '@/lib/governance/policy';
import { setPolicyFromFormUseCase } from '@/lib/governance/policy-form';
import { setAliasProtectionUseCase } from '@/lib/governance/protected-aliases';

const refresh = (modelName: string) => revalidatePath(`/models/${encodeURIComponent(modelName)}`, 'layout');

export async function setPolicyAction(modelName: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  if (formData.get('intent') === 'reset') {
    const result = await withActor((actor) => setPolicyUseCase(actor, modelName, null), "The policy follows the risk tier's defaults again.");
    if (result.ok) refresh(modelName);
    return result.ok ? { ok: true, message: result.message } : result;
  }
  const text = (key: string) => String(formData.get(key) ?? '');
  const fields = {
    requiredApprovals: text('requiredApprovals'),
    expiryHours: text('expiryHours'),
    cardComplete: formData.has('cardComplete'),
    lineage: formData.has('lineage'),
    noCriticalAlert: formData.has('noCriticalAlert'),
    metrics: text('metrics'),
  };
  const result = await withActor((actor) => setPolicyFromFormUseCase(actor, modelName, fields), 'Approval policy saved.');
  if (!result.ok) return result;
  refresh(modelName);
  return { ok: true, message: result.message };
}

export async function aliasProtectionAction(modelName: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const { intent, alias } = formObject(formData);
  const result = await withActor((actor) => setAliasProtectionUseCase(actor, modelName, { alias }, intent !== 'release'));
  if (!result.ok) return result;
  refresh(modelName);
  const done = result.data!;
  return { ok: true, message: done.protected ? `@${done.alias} is protected: it now moves only through an approved request.` : `@${done.alias} is released: it can be set directly again.` };
}
