import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { setAliasProtectionUseCase } from '@/lib/governance/protected-aliases';
import { setAliasUseCase } from './aliases';
import { deleteModelUseCase, deleteVersionUseCase } from './deletes';
import { createModelUseCase, getModel } from './models';
import { transitionStageUseCase } from './stages';
import { listVersions } from './version-list';
import { createVersionUseCase } from './versions';

withTempWorkspace();

async function setup() {
  const ds = await makeActor('data_scientist', 'ml');
  createModelUseCase(ds, { name: 'churn', taskType: 'classification', tags: { domain: 'crm' } });
  createVersionUseCase(ds, 'churn', { tags: { stage: 'candidate' } });
  createVersionUseCase(ds, 'churn', {});
  setAliasUseCase(ds, 'churn', { alias: 'champion', version: 1 });
  return ds;
}

const auditActions = () => getDb().$client.prepare('SELECT action, before FROM audit_log ORDER BY id').all() as { action: string; before: string | null }[];

describe('deleting', () => {
  it('removes a version with its alias and tags, never reissues its number, and audits what was there', async () => {
    const ds = await setup();
    deleteVersionUseCase(ds, 'churn', 1);
    expect(listVersions(ds, 'churn').rows.map((r) => r.version)).toEqual([2]);
    expect(tableCounts()).toMatchObject({ model_aliases: 0, model_version_tags: 0 });
    expect(createVersionUseCase(ds, 'churn', {}).version).toBe(3);
    const entry = auditActions().find((a) => a.action === 'version.delete');
    expect(JSON.parse(entry?.before ?? '{}')).toMatchObject({ model: 'churn', version: 1, aliases: ['champion'] });
  });

  it('refuses to delete a version holding a protected alias, which only a request may move', async () => {
    const ds = await setup();
    setAliasProtectionUseCase(await makeActor('admin'), 'churn', { alias: 'champion' }, true);
    const before = tableCounts();
    const error = await expectAppError(() => deleteVersionUseCase(ds, 'churn', 1));
    expect([error.status, error.message]).toEqual([409, 'Version 1 holds the protected alias "champion": move it through a promotion request before deleting the version.']);
    expect(tableCounts()).toEqual(before);
  });

  it('removes a model with everything under it', async () => {
    const ds = await setup();
    deleteModelUseCase(ds, 'churn');
    expect((await expectAppError(() => getModel(ds, 'churn'))).kind).toBe('not_found');
    expect(tableCounts()).toMatchObject({ registered_models: 0, model_versions: 0, model_tags: 0, model_aliases: 0 });
    const entry = auditActions().find((a) => a.action === 'model.delete');
    expect(JSON.parse(entry?.before ?? '{}')).toMatchObject({ name: 'churn', tags: { domain: 'crm' }, versions: [{ version: 1 }, { version: 2 }] });
  });

  it('refuses while a version is in production, for other teams, for viewers and for unknown names, writing nothing', async () => {
    const ds = await setup();
    const admin = await makeActor('admin');
    transitionStageUseCase(admin, 'churn', 2, { stage: 'production' });
    const outsider = await makeActor('data_scientist', 'other-team');
    const viewer = await makeActor('viewer');
    const before = tableCounts();
    const live = await expectAppError(() => deleteVersionUseCase(admin, 'churn', 2));
    expect([live.kind, live.message]).toEqual(['invalid_state', 'Version 2 of "churn" is in production; move it to archived before deleting it.']);
    expect((await expectAppError(() => deleteModelUseCase(ds, 'churn'))).kind).toBe('invalid_state');
    expect((await expectAppError(() => deleteVersionUseCase(outsider, 'churn', 1))).kind).toBe('forbidden');
    expect((await expectAppError(() => deleteModelUseCase(viewer, 'churn'))).kind).toBe('forbidden');
    expect((await expectAppError(() => deleteVersionUseCase(ds, 'churn', 9))).kind).toBe('not_found');
    expect((await expectAppError(() => deleteModelUseCase(ds, 'nope'))).kind).toBe('not_found');
    expect(tableCounts()).toEqual(before);
    deleteVersionUseCase(ds, 'churn', 1);
    expect(listVersions(ds, 'churn').rows.map((r) => r.version)).toEqual([2]);
  });

  it('answers arguments that are not a model name or a version number with a typed 400, writing nothing', async () => {
    const ds = await setup();
    const before = tableCounts();
    for (const version of ['x', undefined, null, 0, -1, 1.5, { n: 1 }]) {
      const error = await expectAppError(() => deleteVersionUseCase(ds, 'churn', version));
      expect([error.kind, Object.keys(error.fieldErrors ?? {})]).toEqual(['bad_request', ['version']]);
    }
    for (const name of [undefined, 42, '', 'no/slash', ['churn']]) {
      expect((await expectAppError(() => deleteModelUseCase(ds, name))).fieldErrors).toHaveProperty('name');
      expect((await expectAppError(() => deleteVersionUseCase(ds, name, 1))).fieldErrors).toHaveProperty('name');
    }
    expect(tableCounts()).toEqual(before);
    deleteVersionUseCase(ds, ' churn ', '1');
    expect(listVersions(ds, 'churn').rows.map((r) => r.version)).toEqual([2]);
  });
});
