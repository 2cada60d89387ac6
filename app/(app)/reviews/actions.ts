'use server';

import { revalidatePath } from 'next/cache';
import { formObject, withActor } from '@/lib/actions/with-actor';
import type { ActionResult } from '@/lib/actions/result';
import { addRequestCommentUseCase } from '@/lib/discussion/comments';
import { decideRequestUseCase, type DecisionOutcome } from '@/lib/governance/decide';
import { cancelRequestUseCase } from '@/lib/governance/requests';

// A decision can move a stage or an alias, and request comments show on the version too.
function refresh() {
  revalidatePath('/reviews');
  revalidatePath('/models', 'layout');
}

function outcomeMessage({ requestId, status, approvals, requiredApprovals }: DecisionOutcome): string {
  if (status === 'rejected') return `Request #${requestId} rejected.`;
  if (status === 'approved') return `Request #${requestId} approved (${approvals} of ${requiredApprovals}): the promotion is applied.`;
  return `Approval recorded: request #${requestId} has ${approvals} of ${requiredApprovals} approvals.`;
}

export async function decideRequestAction(requestId: number, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const result = await withActor((actor) => decideRequestUseCase(actor, requestId, formObject(formData)));
  if (!result.ok) return result;
  refresh();
  return { ok: true, message: outcomeMessage(result.data!) };
}

export async function cancelRequestAction(requestId: number): Promise<ActionResult> {
  const result = await withActor((actor) => cancelRequestUseCase(actor, requestId), (cancelled) => `Request #${cancelled.id} cancelled.`);
  if (result.ok) refresh();
  return result;
}

export async function addRequestCommentAction(requestId: number, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const result = await withActor((actor) => addRequestCommentUseCase(actor, requestId, formObject(formData)), 'Comment posted.');
  if (result.ok) refresh();
  return result;
}
