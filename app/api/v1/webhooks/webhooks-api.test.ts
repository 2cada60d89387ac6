import { describe, expect, it } from 'vitest';
import { callRoute as call } from '@/lib/testing/call-route';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import * as redeliver from './[id]/deliveries/[deliveryId]/redeliver/route';
import * as deliveries from './[id]/deliveries/route';
import * as rotate from './[id]/rotate-secret/route';
import * as webhook from './[id]/route';
import * as test from './[id]/test/route';
import * as webhooks from './route';

withTempWorkspace();

async function tokenFor(role: 'admin' | 'data_scientist') {
  return createTokenUseCase(await makeActor(role), { name: role }).token;
}

describe('/api/v1/webhooks', () => {
  it('registers, reads, changes, tests, rotates and deletes a webhook', async () => {
    const admin = await tokenFor('admin');
    const created = await call(webhooks.POST, admin, { method: 'POST', body: { url: 'https://hooks.example.com/in', events: ['model.created', 'stage.changed'] } });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_/);
    const { id } = created.body.webhook;
    expect(created.body.webhook).toMatchObject({ url: 'https://hooks.example.com/in', events: ['model.created', 'stage.changed'], active: true });

    const listed = await call(webhooks.GET, admin);
    expect(listed.body.webhooks).toHaveLength(1);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);
    const params = { id: String(id) };
    expect((await call(webhook.GET, admin, { params })).body.webhook.id).toBe(id);

    const patched = await call(webhook.PATCH, admin, { method: 'PATCH', params, body: { active: false, description: 'paused' } });
    expect(patched.body.webhook).toMatchObject({ active: false, description: 'paused', events: ['model.created', 'stage.changed'] });

    const queued = await call(test.POST, admin, { method: 'POST', params });
    expect(queued.status).toBe(202);
    expect(queued.body.delivery).toMatchObject({ eventType: 'webhook.test', status: 'pending' });
    const log = await call(deliveries.GET, admin, { params, path: `/api/v1/webhooks/${id}/deliveries?limit=10` });
    expect(log.body.deliveries.map((d: { id: string }) => d.id)).toEqual([queued.body.delivery.id]);
    const notFailed = await call(redeliver.POST, admin, { method: 'POST', params: { ...params, deliveryId: queued.body.delivery.id } });
    expect(notFailed.body.error.code).toBe('conflict:delivery');

    const rotated = await call(rotate.POST, admin, { method: 'POST', params });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);

    expect((await call(webhook.DELETE, admin, { method: 'DELETE', params })).status).toBe(204);
    expect((await call(webhook.GET, admin, { params })).status).toBe(404);
  });

  it('answers bad input and other roles with the documented errors, writing nothing', async () => {
    const admin = await tokenFor('admin');
    const ds = await tokenFor('data_scientist');
    const { body } = await call(webhooks.POST, admin, { method: 'POST', body: { url: 'https://hooks.example.com/in', events: ['*'] } });
    const params = { id: String(body.webhook.id) };
    const before = tableCounts();

    const invalid = await call(webhooks.POST, admin, { method: 'POST', body: { url: 'ftp://x.example.com', events: ['nope'] } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toMatchObject({ code: 'bad_request:webhook', details: { url: expect.any(Array), 'events.0': expect.any(Array) } });
    const ownSecret = await call(webhooks.POST, admin, { method: 'POST', body: { url: 'https://x.example.com', events: ['*'], secret: 'mine' } });
    expect(ownSecret.body.error).toMatchObject({ code: 'bad_request:json', details: { secret: ['Unknown field.'] } });
    expect((await call(webhooks.POST, admin, { method: 'POST', raw: '{"url":' })).body.error.code).toBe('bad_request:json');
    expect((await call(webhook.PATCH, admin, { method: 'PATCH', params, body: { active: 'yes' } })).status).toBe(400);
    expect((await call(webhook.GET, admin, { params: { id: '999' } })).status).toBe(404);
    expect((await call(webhook.GET, admin, { params: { id: '1.5' } })).status).toBe(404);
    expect((await call(deliveries.GET, admin, { params, path: `/api/v1/webhooks/${params.id}/deliveries?limit=1000` })).status).toBe(400);

    for (const [handler, call_] of [
      [webhooks.GET, {}],
      [webhooks.POST, { method: 'POST', body: { url: 'https://evil.example.com', events: ['*'] } }],
      [webhook.GET, { params }],
      [webhook.PATCH, { method: 'PATCH', params, body: { url: 'https://evil.example.com' } }],
      [webhook.DELETE, { method: 'DELETE', params }],
      [rotate.POST, { method: 'POST', params }],
      [test.POST, { method: 'POST', params }],
      [deliveries.GET, { params }],
    ] as const) {
      const refused = await call(handler as typeof webhooks.GET, ds, call_ as object);
      expect(refused).toMatchObject({ status: 403, body: { error: { code: 'forbidden:webhook' } } });
    }
    expect((await call(webhooks.GET, 'mb_000000000000_nope')).status).toBe(401);
    expect(tableCounts()).toEqual(before);
  });
});
