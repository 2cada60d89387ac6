import Database from 'better-sqlite3';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import * as models from '@/app/api/v1/models/route';
import { getDb } from '@/db/client';
import { dbFile } from '@/db/paths';
import { mlflowRoute } from '@/lib/mlflow/route';
import { createModelUseCase } from '@/lib/registry/models';
import { callRoute } from '@/lib/testing/call-route';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import { listAudit } from './queries';
import { verifyAuditChain } from './verify';

withTempWorkspace();

const basic = (email: string, secret: string) => `Basic ${Buffer.from(`${email}:${secret}`).toString('base64')}`;

/** `callRoute` sends a Bearer token; this sends any `Authorization` header. */
async function post<P>(handler: (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>, authorization: string, body: unknown, params?: P): Promise<number> {
  const request = new NextRequest('http://localhost/api', { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await handler(request, { params: Promise.resolve(params as P) })).status;
}

function viaOf(action: string, entityName: string): (string | null)[] {
  const rows = getDb().$client.prepare("SELECT via FROM audit_log WHERE action = ? AND json_extract(after, '$.name') = ? ORDER BY id").all(action, entityName) as { via: string | null }[];
  return rows.map((r) => r.via);
}

/** What someone with the database file but not the audit key can do: drop the triggers and edit a row's via. */
function forgeVia(id: number, via: string): void {
  const sqlite = new Database(dbFile());
  sqlite.exec('DROP TRIGGER IF EXISTS audit_log_append_only_update;');
  sqlite.prepare('UPDATE audit_log SET via = ? WHERE id = ?').run(via, id);
  sqlite.close();
}

async function tokenWriter() {
  const ds = await makeActor('data_scientist');
  const { token, info } = createTokenUseCase(ds, { name: 'pipeline' });
  return { ds, token, tokenId: info.id };
}

describe('how a write reached us, in the audit log', () => {
  it('records token:<id> for a Bearer token and for Basic with email + token', async () => {
    const { ds, token, tokenId } = await tokenWriter();
    expect((await callRoute(models.POST, token, { method: 'POST', body: { name: 'bearer', taskType: 'other' } })).status).toBe(201);
    expect(viaOf('model.create', 'bearer')).toEqual([`token:${tokenId}`]);
    expect(await post(mlflowRoute.POST, basic(ds.email, token), { name: 'mlflow' }, { endpoint: ['registered-models', 'create'] })).toBe(200);
    expect(viaOf('model.create', 'mlflow')).toEqual([`token:${tokenId}`]);
  });

  it('records basic for HTTP Basic with email + password', async () => {
    const ds = await makeActor('data_scientist');
    expect(await post(models.POST, basic(ds.email, 'correct horse battery'), { name: 'password', taskType: 'other' })).toBe(201);
    expect(viaOf('model.create', 'password')).toEqual(['basic']);
  });

  it('keeps concurrent requests apart and records null outside any request', async () => {
    const { ds, token, tokenId } = await tokenWriter();
    await Promise.all([
      callRoute(models.POST, token, { method: 'POST', body: { name: 'one', taskType: 'other' } }),
      post(models.POST, basic(ds.email, 'correct horse battery'), { name: 'two', taskType: 'other' }),
    ]);
    createModelUseCase(ds, { name: 'script', taskType: 'other' });
    expect([...viaOf('model.create', 'one'), ...viaOf('model.create', 'two'), ...viaOf('model.create', 'script'), ...viaOf('token.create', 'pipeline')]).toEqual([`token:${tokenId}`, 'basic', null, null]);
    const admin = await makeActor('admin');
    expect(listAudit(admin, { action: 'model.create' }).entries.map((e) => e.via)).toEqual([null, 'basic', `token:${tokenId}`]);
  });

  it('verifies a chain that mixes rows with and without via, and names a row whose via was edited', async () => {
    const { ds, token } = await tokenWriter();
    createModelUseCase(ds, { name: 'before', taskType: 'other' });
    await callRoute(models.POST, token, { method: 'POST', body: { name: 'through-api', taskType: 'other' } });
    createModelUseCase(ds, { name: 'after', taskType: 'other' });
    expect(verifyAuditChain()).toMatchObject({ ok: true, problem: null });

    const edited = getDb().$client.prepare("SELECT id FROM audit_log WHERE action = 'model.create' AND via IS NOT NULL").get() as { id: number };
    forgeVia(edited.id, 'basic');
    expect(verifyAuditChain()).toMatchObject({ ok: false, problem: { seq: edited.id } });
  });

  it('names a row that gained a via it was not written with', async () => {
    const ds = await makeActor('data_scientist');
    createModelUseCase(ds, { name: 'session', taskType: 'other' });
    const row = getDb().$client.prepare("SELECT id FROM audit_log WHERE action = 'model.create'").get() as { id: number };
    forgeVia(row.id, 'token:1');
    expect(verifyAuditChain()).toMatchObject({ ok: false, problem: { seq: row.id } });
  });
});
