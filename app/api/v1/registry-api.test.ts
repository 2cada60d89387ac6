import { describe, expect, it } from 'vitest';
import { callRoute } from '@/lib/testing/call-route';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { mlflowRoute } from '@/lib/mlflow/route';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import * as alias from './models/[name]/aliases/[alias]/route';
import * as modelTag from './models/[name]/tags/[key]/route';
import * as versionTag from './models/[name]/versions/[version]/tags/[key]/route';
import * as model from './models/[name]/route';
import * as card from './models/[name]/versions/[version]/card/route';
import * as version from './models/[name]/versions/[version]/route';
import * as versions from './models/[name]/versions/route';
import * as models from './models/route';

withTempWorkspace();

const call = callRoute;

async function tokenFor(role: 'viewer' | 'data_scientist') {
  return createTokenUseCase(await makeActor(role), { name: role }).token;
}

describe('/api/v1 registry', () => {
  it('creates a model, a version with lineage, an alias and a card, and reads them back', async () => {
    const ds = await tokenFor('data_scientist');
    const created = await call(models.POST, ds, { method: 'POST', body: { name: 'churn', taskType: 'classification', tags: { domain: 'crm' } } });
    expect(created.status).toBe(201);
    expect(created.body.model).toMatchObject({ name: 'churn', tags: { domain: 'crm' } });

    const v = await call(versions.POST, ds, {
      method: 'POST',
      params: { name: 'churn' },
      body: { description: 'first', datasets: [{ name: 'crm', version: '1', contentHash: 'a'.repeat(64), role: 'training' }] },
    });
    expect(v.status).toBe(201);
    expect(v.body.version).toMatchObject({ version: 1, datasets: [{ name: 'crm', role: 'training' }] });

    expect((await call(alias.PUT, ds, { method: 'PUT', params: { name: 'churn', alias: 'champion' }, body: { version: 1 } })).body).toEqual({ alias: 'champion', version: 1 });
    const cardRes = await call(card.PUT, ds, { method: 'PUT', params: { name: 'churn', version: '1' }, body: { overview: 'Predicts churn.' } });
    expect(cardRes.body.card.completeness.filled).toBe(1);

    const got = await call(model.GET, ds, { params: { name: 'churn' } });
    expect(got.body.model).toMatchObject({ latestVersion: 1, versionCount: 1, aliases: { champion: 1 } });
    expect((await call(version.GET, ds, { params: { name: 'churn', version: '1' } })).body.version.aliases).toEqual(['champion']);
    expect((await call(alias.DELETE, ds, { method: 'DELETE', params: { name: 'churn', alias: 'champion' } })).status).toBe(204);
  });

  it('pages a search with a signed cursor and rejects a tampered or mismatched one', async () => {
    const ds = await tokenFor('data_scientist');
    for (let i = 0; i < 5; i++) await call(models.POST, ds, { method: 'POST', body: { name: `m-${i}`, taskType: 'regression' } });
    const first = await call(models.GET, ds, { path: '/api/v1/models?sort=name&limit=2' });
    expect(first.body.models.map((m: { name: string }) => m.name)).toEqual(['m-0', 'm-1']);
    expect(first.body.total).toBe(5);
    const second = await call(models.GET, ds, { path: `/api/v1/models?sort=name&limit=2&cursor=${first.body.nextCursor}` });
    expect(second.body.models.map((m: { name: string }) => m.name)).toEqual(['m-2', 'm-3']);
    const [payload, signature] = String(first.body.nextCursor).split('.');
    const forged = `${Buffer.from(JSON.stringify({ o: 4, f: JSON.parse(Buffer.from(payload as string, 'base64url').toString()).f })).toString('base64url')}.${signature}`;
    expect((await call(models.GET, ds, { path: `/api/v1/models?sort=name&limit=2&cursor=${forged}` })).body.error.code).toBe('bad_request:cursor');
    expect((await call(models.GET, ds, { path: `/api/v1/models?sort=updated&limit=2&cursor=${first.body.nextCursor}` })).status).toBe(400);
    expect((await call(models.GET, ds, { path: '/api/v1/models?risk=extreme' })).body.error.details.risk).toBeDefined();
    const multibyte = `${payload}.${'é'.repeat(22)}`;
    expect((await call(models.GET, ds, { path: `/api/v1/models?sort=name&limit=2&cursor=${encodeURIComponent(multibyte)}` })).status).toBe(400);
  });

  it('answers bad input with the documented error and writes nothing', async () => {
    const ds = await tokenFor('data_scientist');
    const viewer = await tokenFor('viewer');
    const before = tableCounts();
    expect(await call(models.POST, ds, { method: 'POST', raw: '{"name": ' })).toEqual({ status: 400, body: { error: { code: 'bad_request:json', message: 'The request body is not valid JSON.' } } });
    expect((await call(models.POST, ds, { method: 'POST', body: { name: '../x', taskType: 7 } })).body.error.details).toHaveProperty('taskType');
    expect((await call(models.POST, ds, { method: 'POST', raw: JSON.stringify({ name: 'x'.repeat(2_000_000) }) })).status).toBe(413);
    expect((await call(models.POST, viewer, { method: 'POST', body: { name: 'v', taskType: 'other' } })).status).toBe(403);
    const misspelt = await call(models.POST, ds, { method: 'POST', body: { name: 'typo', taskType: 'other', descripton: 'x' } });
    expect([misspelt.status, misspelt.body.error.details]).toEqual([400, { descripton: ['Unknown field.'] }]);
    expect(misspelt.body.error.message).toContain('this endpoint accepts name, description');
    expect((await call(models.POST, ds, { method: 'POST', raw: '[1, 2]' })).body.error).toEqual({ code: 'bad_request:json', message: 'The request body must be a JSON object.' });
    expect((await call(models.POST, ds, { method: 'POST', raw: 'null' })).status).toBe(400);
    expect((await call(model.GET, ds, { params: { name: 'missing' } })).status).toBe(404);
    expect((await call(version.GET, ds, { params: { name: 'missing', version: 'abc' } })).status).toBe(404);
    expect((await call(models.GET, 'mb_000000000000_nope')).status).toBe(401);
    expect(tableCounts()).toEqual(before);
  });

  it('deletes versions and models, refusing viewers and anything in production', async () => {
    const ds = await tokenFor('data_scientist');
    const viewer = await tokenFor('viewer');
    const admin = createTokenUseCase(await makeActor('admin'), { name: 'admin' }).token;
    await call(models.POST, ds, { method: 'POST', body: { name: 'gone', taskType: 'other' } });
    for (let i = 0; i < 2; i++) await call(versions.POST, ds, { method: 'POST', params: { name: 'gone' }, body: {} });
    await call(mlflowRoute.POST, admin, { method: 'POST', params: { endpoint: ['model-versions', 'transition-stage'] }, body: { name: 'gone', version: '2', stage: 'Production' } });

    const before = tableCounts();
    expect((await call(version.DELETE, viewer, { method: 'DELETE', params: { name: 'gone', version: '1' } })).status).toBe(403);
    const live = await call(model.DELETE, ds, { method: 'DELETE', params: { name: 'gone' } });
    expect([live.status, live.body.error.code]).toEqual([409, 'invalid_state:version']);
    expect((await call(version.DELETE, ds, { method: 'DELETE', params: { name: 'gone', version: '7' } })).status).toBe(404);
    expect(tableCounts()).toEqual(before);

    expect(await call(version.DELETE, ds, { method: 'DELETE', params: { name: 'gone', version: '1' } })).toEqual({ status: 204, body: null });
    await call(mlflowRoute.POST, admin, { method: 'POST', params: { endpoint: ['model-versions', 'transition-stage'] }, body: { name: 'gone', version: '2', stage: 'Archived' } });
    expect((await call(model.DELETE, ds, { method: 'DELETE', params: { name: 'gone' } })).status).toBe(204);
    expect((await call(model.GET, ds, { params: { name: 'gone' } })).status).toBe(404);
  });

  it('sets and removes single tags on models and versions', async () => {
    const ds = await tokenFor('data_scientist');
    await call(models.POST, ds, { method: 'POST', body: { name: 'tagged', taskType: 'other', tags: { team: 'crm' } } });
    await call(versions.POST, ds, { method: 'POST', params: { name: 'tagged' }, body: {} });
    expect((await call(modelTag.PUT, ds, { method: 'PUT', params: { name: 'tagged', key: 'pii' }, body: { value: 'no' } })).body).toEqual({ key: 'pii', value: 'no' });
    expect((await call(model.GET, ds, { params: { name: 'tagged' } })).body.model.tags).toEqual({ team: 'crm', pii: 'no' });
    expect((await call(modelTag.DELETE, ds, { method: 'DELETE', params: { name: 'tagged', key: 'team' } })).status).toBe(204);
    expect((await call(modelTag.DELETE, ds, { method: 'DELETE', params: { name: 'tagged', key: 'team' } })).status).toBe(404);
    await call(versionTag.PUT, ds, { method: 'PUT', params: { name: 'tagged', version: '1', key: 'validated' }, body: {} });
    expect((await call(version.GET, ds, { params: { name: 'tagged', version: '1' } })).body.version.tags).toEqual({ validated: '' });
    expect((await call(versionTag.PUT, ds, { method: 'PUT', params: { name: 'tagged', version: '1', key: 'x' }, body: { value: 5 } })).status).toBe(400);
  });
});
