import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { createModelUseCase } from '@/lib/registry/models';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { startReceiver, type Receiver } from '@/lib/testing/webhook-receiver';
import { redeliverUseCase, sendTestEventUseCase } from './delivery-use-cases';
import { claimDue } from './delivery-store';
import { createDispatcher, startDispatcher, type Dispatcher } from './dispatcher';
import { listDeliveries } from './queries';
import { verifyWebhookSignature } from './signature';
import { createWebhookUseCase, updateWebhookUseCase } from './use-cases';

withTempWorkspace();

const open: (Receiver | Dispatcher)[] = [];
afterEach(async () => {
  // Dispatchers first: they must finish with the database before the workspace closes it.
  for (const item of open.splice(0).reverse()) await ('stop' in item ? item.stop() : item.close());
});

async function setup(respond?: Parameters<typeof startReceiver>[0], events = ['*']) {
  const receiver = await startReceiver(respond);
  open.push(receiver);
  const admin = await makeActor('admin');
  const { secret, webhook } = createWebhookUseCase(admin, { url: receiver.url, events });
  return { receiver, admin, secret, webhook, deliveries: () => listDeliveries(admin, webhook.id) };
}

function fakeClock(start = (Math.floor(Date.now() / 1000) + 1) * 1000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('the webhook dispatcher', () => {
  it('posts a committed change to a real endpoint with a signature the receiver can verify', async () => {
    const { receiver, admin, secret, deliveries } = await setup();
    const dispatcher = startDispatcher({ pollMs: 60_000 });
    open.push(dispatcher);
    // The poll is a minute away: only the nudge after the commit can deliver this in time.
    createModelUseCase(admin, { name: 'signed', taskType: 'other' });
    await vi.waitFor(() => expect(deliveries()[0]?.status).toBe('succeeded'), { timeout: 5000 });

    const [request] = receiver.requests;
    const h = request!.headers;
    expect(h['content-type']).toBe('application/json');
    expect(h['user-agent']).toBe('Modelboard-Webhooks/1');
    expect(h['modelboard-webhook-event']).toBe('model.created');
    expect(h['modelboard-webhook-id']).toBe(deliveries()[0]!.id);
    expect(verifyWebhookSignature({ secret, id: h['modelboard-webhook-id'] as string, timestamp: h['modelboard-webhook-timestamp'] as string, signature: h['modelboard-webhook-signature'] as string, body: request!.body })).toBe(true);
    expect(JSON.parse(request!.body)).toMatchObject({ id: deliveries()[0]!.eventId, type: 'model.created', data: { model: 'signed' } });
    expect(deliveries()[0]).toMatchObject({ attempts: 1, lastStatusCode: 204, lastError: null, nextAttemptAt: null });
  });

  it('retries after a 500 with exponential backoff, keeping the delivery id', async () => {
    const { receiver, admin, webhook, deliveries } = await setup((_r, i) => (i === 0 ? { status: 500, body: 'database\n  is down' } : 200));
    const clock = fakeClock();
    const dispatcher = createDispatcher({ now: clock.now, random: () => 0.5 });
    sendTestEventUseCase(admin, webhook.id);

    await dispatcher.runOnce();
    expect(deliveries()[0]).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500, lastError: 'HTTP 500: database is down', nextAttemptAt: clock.now() + 10_500 });
    clock.advance(10_000);
    await dispatcher.runOnce();
    expect(receiver.requests).toHaveLength(1);
    clock.advance(500);
    await dispatcher.runOnce();
    expect(deliveries()[0]).toMatchObject({ status: 'succeeded', attempts: 2, lastStatusCode: 200, lastError: null });
    const [first, second] = receiver.requests.map((r) => r.headers);
    expect(second!['modelboard-webhook-id']).toBe(first!['modelboard-webhook-id']);
    expect(Number(second!['modelboard-webhook-timestamp']) - Number(first!['modelboard-webhook-timestamp'])).toBe(10);
  });

  it('gives up after the last attempt, doubling the wait each time, and can be sent again', async () => {
    let status = 503;
    const { receiver, admin, webhook, deliveries } = await setup(() => status);
    const clock = fakeClock();
    const dispatcher = createDispatcher({ now: clock.now, random: () => 0, maxAttempts: 4 });
    sendTestEventUseCase(admin, webhook.id);
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      await dispatcher.runOnce();
      const next = deliveries()[0]!.nextAttemptAt;
      if (next !== null) waits.push(next - clock.now());
      clock.advance(3_600_000);
    }
    expect(waits).toEqual([10_000, 20_000, 40_000]);
    expect(deliveries()[0]).toMatchObject({ status: 'failed', attempts: 4, lastStatusCode: 503, nextAttemptAt: null });
    expect(deliveries()[0]!.completedAt).toBe(clock.now() - 3_600_000);
    await dispatcher.runOnce();
    expect(receiver.requests).toHaveLength(4);

    status = 202;
    redeliverUseCase(admin, webhook.id, deliveries()[0]!.id);
    await dispatcher.runOnce();
    expect(deliveries()[0]).toMatchObject({ status: 'succeeded', attempts: 1, lastStatusCode: 202 });
  });

  it('takes over a delivery whose sender died once its lease expires', async () => {
    const { receiver, admin, webhook, deliveries } = await setup();
    const clock = fakeClock();
    sendTestEventUseCase(admin, webhook.id);
    // A process claims the delivery and crashes before recording anything.
    expect(claimDue(getDb(), clock.now(), 4, 30_000)).toHaveLength(1);
    const dispatcher = createDispatcher({ now: clock.now, timeoutMs: 10_000 });
    await dispatcher.runOnce();
    expect(deliveries()[0]).toMatchObject({ status: 'sending', attempts: 1 });
    clock.advance(30_000);
    await dispatcher.runOnce();
    expect(deliveries()[0]).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(receiver.requests).toHaveLength(1);
  });

  it('sends at most four at once, and stop() waits for the sends in flight', async () => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const { receiver, admin, webhook, deliveries } = await setup(async () => {
      await released;
      return 200;
    });
    for (let i = 0; i < 6; i++) sendTestEventUseCase(admin, webhook.id);
    const dispatcher = startDispatcher({ pollMs: 10 });
    open.push(dispatcher);
    await vi.waitFor(() => expect(receiver.requests).toHaveLength(4));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(receiver.requests).toHaveLength(4);
    let stopped = false;
    const stopping = dispatcher.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(deliveries().map((d) => d.status).sort()).toEqual(['pending', 'pending', 'succeeded', 'succeeded', 'succeeded', 'succeeded']);
  });

  it('records refused connections for a retry and fails deliveries of a disabled webhook without sending', async () => {
    const { receiver, admin, webhook, deliveries } = await setup();
    await receiver.close();
    const dispatcher = createDispatcher();
    createModelUseCase(admin, { name: 'first', taskType: 'other' });
    await dispatcher.runOnce();
    expect(deliveries()[0]).toMatchObject({ status: 'pending', lastStatusCode: null, lastError: expect.stringContaining('ECONNREFUSED') });
    createModelUseCase(admin, { name: 'second', taskType: 'other' });
    updateWebhookUseCase(admin, webhook.id, { active: false });
    await dispatcher.runOnce();
    expect(deliveries()[0]).toMatchObject({ status: 'failed', attempts: 1, lastError: 'The webhook was disabled before this delivery was sent.' });
  });
});
