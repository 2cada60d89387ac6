import { describe, expect, it } from 'vitest';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { createRunUseCase, logBatchUseCase } from '@/lib/tracking/runs';
import { deleteAliasUseCase, setAliasUseCase } from './aliases';
import { createModelUseCase } from './models';
import { transitionStageUseCase } from './stages';
import { getVersionDetail } from './version-detail';
import { listVersions } from './version-list';
import { createVersionUseCase, updateVersionUseCase } from './versions';

withTempWorkspace();

const hash = (c: string) => c.repeat(64);
const training = { name: 'iris', version: '1', contentHash: hash('a'), rowCount: 120, location: 'npm:iris#train', role: 'training' as const };

async function setup() {
  const ds = await makeActor('data_scientist', 'ml');
  createModelUseCase(ds, { name: 'iris-rf', taskType: 'classification' });
  return ds;
}

describe('versions', () => {
  it('updates only the fields sent', async () => {
    const ds = await setup();
    createVersionUseCase(ds, 'iris-rf', { description: 'first', tags: { candidate: 'yes' } });
    updateVersionUseCase(ds, 'iris-rf', 1, { tags: { candidate: 'no' } });
    expect(getVersionDetail(ds, 'iris-rf', 1)).toMatchObject({ description: 'first', tags: { candidate: 'no' } });
    updateVersionUseCase(ds, 'iris-rf', 1, { description: 'second' });
    expect(getVersionDetail(ds, 'iris-rf', 1)).toMatchObject({ description: 'second', tags: { candidate: 'no' } });
  });

  it('numbers versions per model and links run, lineage and latest metrics', async () => {
    const ds = await setup();
    const run = createRunUseCase(ds, { experimentName: 'iris', name: 'rf-100' });
    logBatchUseCase(ds, run.uuid, {
      params: { n_estimators: '100' },
      metrics: [
        { key: 'accuracy', value: 0.9, step: 1, timestamp: 1 },
        { key: 'accuracy', value: 0.95, step: 2, timestamp: 2 },
        { key: 'accuracy', value: 0.5, step: 0, timestamp: 3 },
      ],
    });
    const v1 = createVersionUseCase(ds, 'iris-rf', { runUuid: run.uuid, datasets: [training], codeRepository: 'git@example.com:ml/iris.git', codeCommit: 'ABCDEF1' });
    const v2 = createVersionUseCase(ds, 'iris-rf', {});
    expect([v1.version, v2.version]).toEqual([1, 2]);
    const detail = getVersionDetail(ds, 'iris-rf', 1);
    expect(detail.run?.params).toEqual([{ key: 'n_estimators', value: '100' }]);
    expect(detail.run?.metrics).toEqual([{ key: 'accuracy', value: 0.95, step: 2, points: 3 }]);
    logBatchUseCase(ds, run.uuid, { metrics: [{ key: 'accuracy', value: 0.1, step: 1, timestamp: 9 }] });
    expect(getVersionDetail(ds, 'iris-rf', 1).run?.metrics).toEqual([{ key: 'accuracy', value: 0.95, step: 2, points: 4 }]);
    expect(detail.datasets).toEqual([{ name: 'iris', version: '1', role: 'training', contentHash: hash('a'), rowCount: 120, location: 'npm:iris#train' }]);
    expect(detail.code).toEqual({ repository: 'git@example.com:ml/iris.git', commit: 'abcdef1' });
  });

  it('rolls back the whole version when a dataset conflicts with its registered hash', async () => {
    const ds = await setup();
    createVersionUseCase(ds, 'iris-rf', { datasets: [training] });
    const before = tableCounts();
    const error = await expectAppError(() => createVersionUseCase(ds, 'iris-rf', { datasets: [{ ...training, contentHash: hash('b') }] }));
    expect(error.code).toBe('conflict:dataset');
    expect(tableCounts()).toEqual(before);
    expect(createVersionUseCase(ds, 'iris-rf', {}).version).toBe(2);
  });

  it('refuses an unknown run, an unknown model, and a viewer', async () => {
    const ds = await setup();
    const viewer = await makeActor('viewer');
    expect((await expectAppError(() => createVersionUseCase(ds, 'iris-rf', { runUuid: 'f'.repeat(32) }))).status).toBe(404);
    expect((await expectAppError(() => createVersionUseCase(ds, 'nope', {}))).status).toBe(404);
    expect((await expectAppError(() => createVersionUseCase(viewer, 'iris-rf', {}))).status).toBe(403);
  });
});

describe('aliases and stages', () => {
  it('keeps one version per alias and moves it on reassignment', async () => {
    const ds = await setup();
    createVersionUseCase(ds, 'iris-rf', {});
    createVersionUseCase(ds, 'iris-rf', {});
    setAliasUseCase(ds, 'iris-rf', { alias: 'champion', version: 1 });
    setAliasUseCase(ds, 'iris-rf', { alias: 'champion', version: '2' });
    expect(listVersions(ds, 'iris-rf').rows.map((r) => [r.version, r.aliases])).toEqual([
      [2, ['champion']],
      [1, []],
    ]);
    expect((await expectAppError(() => setAliasUseCase(ds, 'iris-rf', { alias: 'latest', version: 1 }))).fieldErrors?.alias).toBeDefined();
    expect((await expectAppError(() => setAliasUseCase(ds, 'iris-rf', { alias: 'x', version: 9 }))).status).toBe(404);
    deleteAliasUseCase(ds, 'iris-rf', 'champion');
    expect((await expectAppError(() => deleteAliasUseCase(ds, 'iris-rf', 'champion'))).status).toBe(404);
  });

  it('archives the previous production version, and only admins transition directly', async () => {
    const ds = await setup();
    const admin = await makeActor('admin');
    createVersionUseCase(ds, 'iris-rf', {});
    createVersionUseCase(ds, 'iris-rf', {});
    transitionStageUseCase(admin, 'iris-rf', 1, { stage: 'production' });
    transitionStageUseCase(admin, 'iris-rf', 2, { stage: 'production' });
    expect(listVersions(ds, 'iris-rf').rows.map((r) => [r.version, r.stage])).toEqual([
      [2, 'production'],
      [1, 'archived'],
    ]);
    expect((await expectAppError(() => transitionStageUseCase(ds, 'iris-rf', 1, { stage: 'production' }))).status).toBe(403);
  });
});
