import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { startReceiver, type Receiver } from '@/lib/testing/webhook-receiver';
import { sendTestEventUseCase } from '@/lib/webhooks/delivery-use-cases';
import { startDispatcher } from '@/lib/webhooks/dispatcher';
import { listDeliveries } from '@/lib/webhooks/queries';
import { getRunningDispatcher, stopRunningDispatcher } from '@/lib/webhooks/running';
import { createWebhookUseCase } from '@/lib/webhooks/use-cases';

withTempWorkspace();

let receiver: Receiver | undefined;
afterEach(async () => {
  await stopRunningDispatcher();
  await receiver?.close();
});

/** A receiver that holds every request until `release` is called. */
async function slowReceiver() {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  receiver = await startReceiver(async () => {
    await released;
    return 200;
  });
  const admin = await makeActor('admin');
  const { webhook } = createWebhookUseCase(admin, { url: receiver.url, events: ['*'] });
  return { receiver, release, send: () => sendTestEventUseCase(admin, webhook.id), deliveries: () => listDeliveries(admin, webhook.id) };
}

describe('draining the webhook dispatcher at shutdown', () => {
  it('lets the delivery in flight finish and be recorded before the drain resolves', async () => {
    const { receiver, release, send, deliveries } = await slowReceiver();
    const sent = send();
    startDispatcher({ pollMs: 10 });
    await vi.waitFor(() => expect(receiver.requests).toHaveLength(1));

    let drained = false;
    const draining = stopRunningDispatcher().then(() => (drained = true));
    expect(getRunningDispatcher()).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(drained).toBe(false);
    expect(deliveries()[0]).toMatchObject({ id: sent.id, status: 'sending' });

    release();
    await draining;
    expect(deliveries()[0]).toMatchObject({ id: sent.id, status: 'succeeded', attempts: 1, lastStatusCode: 200 });
  });

  it('starts no delivery once the drain has begun: not by poll, nudge, pass or restart', async () => {
    const { receiver, release, send, deliveries } = await slowReceiver();
    send();
    const dispatcher = startDispatcher({ pollMs: 5 });
    await vi.waitFor(() => expect(receiver.requests).toHaveLength(1));

    const draining = stopRunningDispatcher();
    // Committed after the drain began: its nudge finds no running dispatcher, and no poll is left.
    const late = send();
    dispatcher.nudge();
    await dispatcher.runOnce();
    (dispatcher as unknown as { start(): void }).start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await draining;
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(receiver.requests).toHaveLength(1);
    expect(deliveries().find((d) => d.id === late.id)).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('resolves at once when no dispatcher is running', async () => {
    expect(getRunningDispatcher()).toBeUndefined();
    await expect(stopRunningDispatcher()).resolves.toBeUndefined();
  });
});
