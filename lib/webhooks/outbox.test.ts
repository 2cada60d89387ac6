import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { webhookDeliveries, webhookEvents } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { setAliasUseCase } from '@/lib/registry/aliases';
import { createModelUseCase } from '@/lib/registry/models';
import { createVersionUseCase } from '@/lib/registry/versions';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import { eventForAction } from './events';
import type { EventPayload } from './payload';
import { createWebhookUseCase } from './use-cases';

withTempWorkspace();

const url = 'https://hooks.example.com/in';

function outbox() {
  const db = getDb();
  const events = db.select().from(webhookEvents).all();
  return events.map((e) => ({
    type: e.type,
    payload: JSON.parse(e.payload) as EventPayload,
    webhooks: db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, e.id)).all().map((d) => d.webhookId).sort(),
  }));
}

describe('the webhook outbox', () => {
  it('writes one event and one delivery per active subscribed webhook with each audited change', async () => {
    const admin = await makeActor('admin');
    const ds = await makeActor('data_scientist', 'crm');
    const all = createWebhookUseCase(admin, { url, events: ['*'] }).webhook.id;
    const models = createWebhookUseCase(admin, { url, events: ['model.created', 'alias.set'] }).webhook.id;
    const versions = createWebhookUseCase(admin, { url, events: ['version.created'] }).webhook.id;
    createWebhookUseCase(admin, { url, events: ['*'], active: false });
    expect(outbox()).toEqual([]);

    createModelUseCase(ds, { name: 'churn', taskType: 'classification', tags: { domain: 'crm' } });
    createVersionUseCase(ds, 'churn', { description: 'first' });
    setAliasUseCase(ds, 'churn', { alias: 'champion', version: 1 });
    createTokenUseCase(ds, { name: 'not an event' });

    const [created, version, alias, ...rest] = outbox();
    expect(rest).toEqual([]);
    expect(created).toMatchObject({ type: 'model.created', webhooks: [all, models] });
    expect(version).toMatchObject({ type: 'version.created', webhooks: [all, versions] });
    expect(alias).toMatchObject({ type: 'alias.set', webhooks: [all, models] });

    const payload = created!.payload;
    expect(payload).toMatchObject({
      type: 'model.created',
      actor: { id: ds.id, email: ds.email },
      data: { entity_type: 'model', model: 'churn', version: null, before: null, after: { name: 'churn', tags: { domain: 'crm' } } },
    });
    expect(payload.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(payload.occurred_at).toISOString()).toBe(payload.occurred_at);
    expect(version!.payload.data).toMatchObject({ entity_type: 'version', model: 'churn', version: 1 });
    expect(alias!.payload.data).toMatchObject({ model: 'churn', before: null, after: { alias: 'champion', version: 1 } });
    expect(JSON.stringify(outbox())).not.toMatch(/password|secret/i);
  });

  it('writes nothing when no active webhook subscribes', async () => {
    const admin = await makeActor('admin');
    createWebhookUseCase(admin, { url, events: ['alert.opened'] });
    createWebhookUseCase(admin, { url, events: ['*'], active: false });
    createModelUseCase(admin, { name: 'quiet', taskType: 'other' });
    expect(tableCounts()).toMatchObject({ webhook_events: 0, webhook_deliveries: 0 });
  });

  it('rolls the event back with a change that fails after its audit entry', async () => {
    const admin = await makeActor('admin');
    createWebhookUseCase(admin, { url, events: ['*'] });
    const before = tableCounts();
    expect(() =>
      getDb().transaction((tx) => {
        recordAudit(tx, { actorId: admin.id, action: 'model.create', entityType: 'model', entityId: 1, after: { name: 'ghost' } });
        expect(tx.select().from(webhookEvents).all()).toHaveLength(1);
        throw new Error('the change fails late');
      }),
    ).toThrow('the change fails late');
    expect(tableCounts()).toEqual(before);
  });

  it('names deleted subjects from what the audit entry kept', async () => {
    const admin = await makeActor('admin');
    createWebhookUseCase(admin, { url, events: ['model.deleted', 'version.deleted'] });
    getDb().transaction((tx) => {
      recordAudit(tx, { actorId: admin.id, action: 'model.delete', entityType: 'model', entityId: 41, before: { name: 'gone', passwordHash: 'x' } });
      recordAudit(tx, { actorId: null, action: 'version.delete', entityType: 'version', entityId: 42, before: { model: 'gone', version: 3 } });
    });
    const [model, version] = outbox();
    expect(model!.payload.data).toEqual({ entity_type: 'model', entity_id: 41, model: 'gone', version: null, before: { name: 'gone' }, after: null });
    expect(version!.payload).toMatchObject({ type: 'version.deleted', actor: null, data: { model: 'gone', version: 3 } });
  });

  it('maps every audited registry action, and nothing else', () => {
    const mapped = {
      'model.create': 'model.created',
      'model.update': 'model.updated',
      'model.rename': 'model.renamed',
      'model.metric_direction': 'model.updated',
      'model.delete': 'model.deleted',
      'version.create': 'version.created',
      'version.update': 'version.updated',
      'version.delete': 'version.deleted',
      'alias.set': 'alias.set',
      'alias.delete': 'alias.removed',
      'model.tag.set': 'tag.set',
      'version.tag.set': 'tag.set',
      'model.tag.delete': 'tag.deleted',
      'version.tag.delete': 'tag.deleted',
      'version.stage': 'stage.changed',
      'card.update': 'card.updated',
    };
    for (const [action, event] of Object.entries(mapped)) expect(eventForAction(action), action).toBe(event);
    for (const action of ['token.create', 'token.revoke', 'user.create', 'user.update', 'run.create', 'experiment.create', 'artifact.verify', 'webhook.create', 'webhook.test', 'toString']) {
      expect(eventForAction(action), action).toBeNull();
    }
  });
});
