import { describe, expect, it } from 'vitest';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { getModel, createModelUseCase } from './models';
import { deleteModelTagUseCase, deleteVersionTagUseCase, setModelTagUseCase, setVersionTagUseCase } from './tags';
import { getVersionDetail } from './version-detail';
import { createVersionUseCase } from './versions';

withTempWorkspace();

describe('single-tag use cases', () => {
  it('sets and removes one tag without touching the others', async () => {
    const ds = await makeActor('data_scientist');
    createModelUseCase(ds, { name: 'm', taskType: 'other', tags: { team: 'crm' } });
    createVersionUseCase(ds, 'm', { tags: { stage: 'cv' } });
    setModelTagUseCase(ds, 'm', { key: 'pii', value: 'no' });
    setModelTagUseCase(ds, 'm', { key: 'pii', value: 'yes' });
    deleteModelTagUseCase(ds, 'm', 'team');
    expect(getModel(ds, 'm').tags).toEqual({ pii: 'yes' });
    setVersionTagUseCase(ds, 'm', 1, { key: 'validated', value: 'true' });
    deleteVersionTagUseCase(ds, 'm', 1, 'stage');
    expect(getVersionDetail(ds, 'm', 1).tags).toEqual({ validated: 'true' });
  });

  it('answers 404 for a missing tag, 403 for a viewer, 400 for an empty key, writing nothing', async () => {
    const ds = await makeActor('data_scientist');
    const viewer = await makeActor('viewer');
    createModelUseCase(ds, { name: 'm', taskType: 'other' });
    createVersionUseCase(ds, 'm', {});
    const before = tableCounts();
    expect((await expectAppError(() => deleteModelTagUseCase(ds, 'm', 'nope'))).status).toBe(404);
    expect((await expectAppError(() => deleteVersionTagUseCase(ds, 'm', 1, 'nope'))).status).toBe(404);
    expect((await expectAppError(() => setModelTagUseCase(viewer, 'm', { key: 'a', value: 'b' }))).status).toBe(403);
    expect((await expectAppError(() => setVersionTagUseCase(ds, 'm', 1, { key: ' ', value: 'b' }))).status).toBe(400);
    expect(tableCounts()).toEqual(before);
  });
});
