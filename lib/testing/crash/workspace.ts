import type { Actor } from '@/lib/auth/actor';
import { makeActor } from '@/lib/testing/temp-workspace';
import { createWebhookUseCase } from '@/lib/webhooks/use-cases';

/** An admin and, before any other change, a webhook subscribed to every event: each audited change that is an event must reach the outbox. */
export async function crashWorkspace(): Promise<{ admin: Actor }> {
  const admin = await makeActor('admin');
  createWebhookUseCase(admin, { url: 'https://hooks.example.com/crash', events: ['*'] });
  return { admin };
}
