import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, webhookEvents } from '@/db/schema';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createWebhookUseCase } from '@/lib/webhooks/use-cases';
import { recordAudit } from './record';

withTempWorkspace();

describe('recordAudit', () => {
  it('writes the audit row, and the webhook event only for actions that are events', async () => {
    const admin = await makeActor('admin');
    createWebhookUseCase(admin, { url: 'https://hooks.example.com/in', events: ['*'] });
    const before = tableCounts();
    getDb().transaction((tx) => {
      recordAudit(tx, { actorId: admin.id, action: 'run.create', entityType: 'run', entityId: 'abc', after: { name: 'r' } });
      recordAudit(tx, { actorId: admin.id, action: 'card.update', entityType: 'version', entityId: 7, before: { overview: '' }, after: { overview: 'x' } });
    });
    expect(tableCounts()).toMatchObject({ audit_log: before.audit_log! + 2, webhook_events: 1, webhook_deliveries: 1 });
    const [audit] = getDb().select().from(auditLog).all().slice(-1);
    const [event] = getDb().select().from(webhookEvents).all();
    expect(audit).toMatchObject({ action: 'card.update', entityId: '7', after: { overview: 'x' } });
    expect(event).toMatchObject({ type: 'card.updated', createdAt: audit!.createdAt });
  });
});
