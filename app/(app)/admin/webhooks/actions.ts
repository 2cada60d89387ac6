'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formObject, withActor } from '@/lib/actions/with-actor';
import type { ActionResult } from '@/lib/actions/result';
import { redeliverUseCase, sendTestEventUseCase } from '@/lib/webhooks/delivery-use-cases';
import { createWebhookUseCase, deleteWebhookUseCase, rotateWebhookSecretUseCase, updateWebhookUseCase } from '@/lib/webhooks/use-cases';

const LIST = '/admin/webhooks';
const detail = (id: number) => `${LIST}/${id}`;

/** The form's strings as the use case expects them: unchecked boxes are simply absent from FormData. */
function webhookInput(formData: FormData) {
  const { url, description, events, active } = formObject(formData);
  return { url, description, events: events === undefined ? [] : [events].flat(), active: active === 'true' };
}

export interface CreatedWebhook {
  id: number;
  secret: string;
}

export async function createWebhookAction(_prev: ActionResult<CreatedWebhook>, formData: FormData): Promise<ActionResult<CreatedWebhook>> {
  const input = webhookInput(formData);
  const result = await withActor((actor) => {
    const { secret, webhook } = createWebhookUseCase(actor, input);
    return { id: webhook.id, secret };
  }, 'Webhook added. Copy its signing secret now: it will not be shown again.');
  if (result.ok) revalidatePath(LIST);
  return result;
}

export async function updateWebhookAction(id: number, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const input = webhookInput(formData);
  const result = await withActor((actor) => updateWebhookUseCase(actor, id, input), 'Saved.');
  if (result.ok) revalidatePath(LIST, 'layout');
  return result;
}

export async function rotateSecretAction(id: number): Promise<ActionResult<string>> {
  const result = await withActor((actor) => rotateWebhookSecretUseCase(actor, id).secret, 'New secret created. Copy it now: it will not be shown again.');
  if (result.ok) revalidatePath(detail(id));
  return result;
}

export async function deleteWebhookAction(id: number): Promise<ActionResult> {
  const result = await withActor((actor) => deleteWebhookUseCase(actor, id));
  if (!result.ok) return result;
  revalidatePath(LIST);
  redirect(LIST);
}

export async function sendTestEventAction(id: number): Promise<ActionResult> {
  const result = await withActor((actor) => sendTestEventUseCase(actor, id), 'Test event queued: watch the delivery log below.');
  if (result.ok) revalidatePath(detail(id));
  return result;
}

export async function redeliverAction(id: number, deliveryId: string): Promise<ActionResult> {
  const result = await withActor((actor) => redeliverUseCase(actor, id, deliveryId), 'Queued again.');
  if (result.ok) revalidatePath(detail(id));
  return result;
}
