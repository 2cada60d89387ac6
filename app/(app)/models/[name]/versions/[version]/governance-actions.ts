'use server';

import { revalidatePath } from 'next/cache';
import { withActor } from '@/lib/actions/with-actor';
import { blankAsAbsent } from '@/lib/blank-as-absent';
import type { ActionResult } from '@/lib/actions/result';
import { createRequestUseCase } from '@/lib/governance/requests';

export async function createRequestAction(modelName: string, version: number, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  // An empty select means "not asked for": the schema wants the key left out, not an empty string.
  const input = { targetStage: blankAsAbsent(formData.get('targetStage')), alias: blankAsAbsent(formData.get('alias')), justification: formData.get('justification') ?? '' };
  const result = await withActor((actor) => createRequestUseCase(actor, modelName, version, input));
  if (!result.ok) return result;
  revalidatePath(`/models/${encodeURIComponent(modelName)}/versions/${version}`);
  revalidatePath('/reviews');
  const { id, requiredApprovals } = result.data!;
  return { ok: true, message: `Request #${id} sent: it needs ${requiredApprovals} approval${requiredApprovals === 1 ? '' : 's'}. Reviewers see it under Reviews.` };
}
