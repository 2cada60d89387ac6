import { describe, expect, it } from 'vitest';
import { createModelUseCase, updateModelUseCase } from '@/lib/registry/models';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { auditExport, listAudit, verifyAuditUseCase } from './queries';

withTempWorkspace();

async function history() {
  const admin = await makeActor('admin');
  const ds = await makeActor('data_scientist');
  createModelUseCase(ds, { name: 'churn_100', taskType: 'classification' });
  updateModelUseCase(ds, 'churn_100', { description: 'Predicts "churn", with commas, too' });
  createModelUseCase(admin, { name: 'other', taskType: 'regression' });
  return { admin, ds, reviewer: await makeActor('reviewer') };
}

describe('the audit log for admins and reviewers', () => {
  it('filters by actor, action prefix, entity and day, newest first', async () => {
    const { ds, reviewer } = await history();
    const mine = listAudit(reviewer, { actor: ds.email, action: 'model' });
    expect(mine.entries.map((e) => e.action)).toEqual(['model.update', 'model.create']);
    expect(mine.entries[0]!.actor).toBe(`${ds.name} <${ds.email}>`);
    expect(listAudit(reviewer, { action: 'model' }).entries.map((e) => e.action)).toEqual(['model.create', 'model.update', 'model.create']);
    expect(listAudit(reviewer, { action: 'mod' }).entries).toEqual([]);
    const model = mine.entries[0]!.entityId;
    expect(listAudit(reviewer, { entityType: 'model', entityId: model }).entries).toHaveLength(2);
    const today = new Date().toISOString().slice(0, 10);
    expect(listAudit(reviewer, { from: today, to: today }).entries.length).toBeGreaterThanOrEqual(3);
    expect(listAudit(reviewer, { to: '2000-01-01' }).entries).toEqual([]);
    expect(listAudit(reviewer, { actor: '%' }).entries).toEqual([]);
    const older = listAudit(reviewer, { before: mine.entries[0]!.seq });
    expect(older.entries.every((e) => e.seq < mine.entries[0]!.seq)).toBe(true);
    expect((await expectAppError(() => listAudit(reviewer, { from: 'last week' }))).fieldErrors?.from).toBeDefined();
  });

  it('exports CSV and JSON Lines with the same filters, and is closed to viewers and data scientists', async () => {
    const { ds, reviewer } = await history();
    const csv = [...auditExport(reviewer, { actor: ds.email, action: 'model' }, 'csv').lines].join('');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('seq,createdAt,actor,action,entityType,entityId,before,after,hash,via');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^\d+,\d{4}-\d\d-\d\dT[^,]+Z,data_scientist \d+ <[^>]+>,model\.update,model,\d+,"\{/);
    expect(lines[1]).toContain('""description"":""Predicts \\""churn\\"", with commas, too""');
    const jsonl = [...auditExport(reviewer, { action: 'model.create' }, 'jsonl').lines].map((l) => JSON.parse(l) as { action: string; hash: string });
    expect(jsonl.map((e) => e.action)).toEqual(['model.create', 'model.create']);
    expect(jsonl[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    for (const outsider of [ds, await makeActor('viewer')]) {
      expect((await expectAppError(() => listAudit(outsider, {}))).status).toBe(403);
      expect((await expectAppError(() => auditExport(outsider, {}, 'csv'))).status).toBe(403);
    }
  });

  it('lets only admins verify the chain', async () => {
    const { admin, reviewer } = await history();
    // Three users and three model changes.
    expect(verifyAuditUseCase(admin)).toMatchObject({ ok: true, rows: 6 });
    expect((await expectAppError(() => verifyAuditUseCase(reviewer))).status).toBe(403);
  });
});
