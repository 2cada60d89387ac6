import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, webhooks } from '@/db/schema';
import { createModelUseCase } from '@/lib/registry/models';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { redeliverUseCase, sendTestEventUseCase } from './delivery-use-cases';
import { getWebhook, listDeliveries, listWebhooks } from './queries';
import { decryptSecret } from './secret-box';
import { createWebhookUseCase, deleteWebhookUseCase, rotateWebhookSecretUseCase, updateWebhookUseCase } from './use-cases';

withTempWorkspace();

const storedSecret = (id: number) => decryptSecret(getDb().select().from(webhooks).where(eq(webhooks.id, id)).get()!.secretCiphertext);

describe('webhook use cases', () => {
  it('shows the signing secret once, stores it encrypted, and never returns it from a read', async () => {
    const admin = await makeActor('admin');
    const { secret, webhook } = createWebhookUseCase(admin, { url: ' https://hooks.example.com/in ', description: 'CI', events: ['model.created', 'model.created'] });
    expect(webhook).toMatchObject({ url: 'https://hooks.example.com/in', description: 'CI', events: ['model.created'], active: true, lastDelivery: null });
    expect(storedSecret(webhook.id)).toBe(secret);
    const reads = JSON.stringify([webhook, listWebhooks(admin), getWebhook(admin, webhook.id), listDeliveries(admin, webhook.id)]);
    expect(reads).not.toContain(secret.slice(6));
    expect(reads).not.toMatch(/secret(Ciphertext|_ciphertext)?"/i);

    const rotated = rotateWebhookSecretUseCase(admin, webhook.id);
    expect(rotated.secret).not.toBe(secret);
    expect(storedSecret(webhook.id)).toBe(rotated.secret);
    expect(rotated.webhook.secretRotatedAt).not.toBeNull();
    const actions = getDb().select({ action: auditLog.action, after: auditLog.after }).from(auditLog).where(eq(auditLog.entityType, 'webhook')).all();
    expect(actions.map((a) => a.action)).toEqual(['webhook.create', 'webhook.rotate']);
    expect(JSON.stringify(actions)).not.toContain(rotated.secret.slice(6));
  });

  it('updates only the fields given, and collapses "all events" with single ones', async () => {
    const admin = await makeActor('admin');
    const { webhook } = createWebhookUseCase(admin, { url: 'http://127.0.0.1:9/x', description: 'keep me', events: ['tag.set'] });
    expect(updateWebhookUseCase(admin, webhook.id, { active: false })).toMatchObject({ active: false, description: 'keep me', events: ['tag.set'] });
    expect(updateWebhookUseCase(admin, String(webhook.id), { events: ['tag.set', '*'] }).events).toEqual(['*']);
    deleteWebhookUseCase(admin, webhook.id);
    expect(listWebhooks(admin)).toEqual([]);
    expect((await expectAppError(() => getWebhook(admin, webhook.id))).status).toBe(404);
    expect((await expectAppError(() => getWebhook(admin, 'abc'))).status).toBe(404);
  });

  it('takes only plain decimal ids, so "1e2" or "0x1f" find nothing', async () => {
    const admin = await makeActor('admin');
    const { webhook } = createWebhookUseCase(admin, { url: 'https://hooks.example.com/in', events: ['*'] });
    expect(getWebhook(admin, String(webhook.id)).id).toBe(webhook.id);
    for (const raw of [`${webhook.id}e0`, `0x${webhook.id.toString(16)}`, ` ${webhook.id}`, `${webhook.id}.0`, '0', -webhook.id, webhook.id + 0.5, null]) {
      expect((await expectAppError(() => getWebhook(admin, raw))).code).toBe('not_found:webhook');
    }
    expect((await expectAppError(() => redeliverUseCase(admin, `${webhook.id}e0`, crypto.randomUUID()))).code).toBe('not_found:webhook');
  });

  it('explains bad input field by field and writes nothing', async () => {
    const admin = await makeActor('admin');
    const before = tableCounts();
    const bad = await expectAppError(() => createWebhookUseCase(admin, { url: 'ftp://files.example.com', events: [], extra: 1 }));
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(['_', 'events', 'url']);
    expect((await expectAppError(() => createWebhookUseCase(admin, { url: 'javascript:alert(1)', events: ['model.exploded'] }))).fieldErrors).toMatchObject({ url: expect.any(Array), 'events.0': expect.any(Array) });
    expect(tableCounts()).toEqual(before);
  });

  it('refuses everyone but admins and leaves every table unchanged', async () => {
    const admin = await makeActor('admin');
    const { webhook } = createWebhookUseCase(admin, { url: 'https://hooks.example.com/in', events: ['*'] });
    const others = await Promise.all((['data_scientist', 'reviewer', 'viewer'] as const).map((role) => makeActor(role)));
    const before = tableCounts();
    for (const actor of others) {
      const calls = [
        () => listWebhooks(actor),
        () => getWebhook(actor, webhook.id),
        () => listDeliveries(actor, webhook.id),
        () => createWebhookUseCase(actor, { url: 'https://evil.example.com', events: ['*'] }),
        () => updateWebhookUseCase(actor, webhook.id, { url: 'https://evil.example.com' }),
        () => rotateWebhookSecretUseCase(actor, webhook.id),
        () => deleteWebhookUseCase(actor, webhook.id),
        () => sendTestEventUseCase(actor, webhook.id),
        () => redeliverUseCase(actor, webhook.id, 'x'),
      ];
      for (const call of calls) expect((await expectAppError(call)).code).toBe('forbidden:webhook');
    }
    expect(tableCounts()).toEqual(before);
  });

  it('sends a test event to one webhook, even a disabled one, and redelivers only failed deliveries', async () => {
    const admin = await makeActor('admin');
    const target = createWebhookUseCase(admin, { url: 'https://hooks.example.com/a', events: ['*'], active: false }).webhook;
    createWebhookUseCase(admin, { url: 'https://hooks.example.com/b', events: ['*'] });
    const test = sendTestEventUseCase(admin, target.id);
    expect(test).toMatchObject({ eventType: 'webhook.test', status: 'pending', attempts: 0 });
    expect(listDeliveries(admin, target.id)).toEqual([test]);
    expect(tableCounts()).toMatchObject({ webhook_events: 1, webhook_deliveries: 1 });
    expect((await expectAppError(() => redeliverUseCase(admin, target.id, test.id))).status).toBe(409);
    expect((await expectAppError(() => redeliverUseCase(admin, target.id, 'nope'))).status).toBe(404);

    createModelUseCase(admin, { name: 'cascade', taskType: 'other' });
    expect(tableCounts()).toMatchObject({ webhook_deliveries: 2 });
    deleteWebhookUseCase(admin, target.id);
    expect(tableCounts()).toMatchObject({ webhook_deliveries: 1 });
  });
});
