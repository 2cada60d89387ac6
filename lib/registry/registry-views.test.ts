import { describe, expect, it } from 'vitest';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { setAliasUseCase } from './aliases';
import { createModelUseCase } from './models';
import { modelView, modelViews, versionViews } from './registry-views';
import { transitionStageUseCase } from './stages';
import { createVersionUseCase } from './versions';

withTempWorkspace();

describe('registry views', () => {
  it('gathers models with tags, aliases and the newest version per stage, in the order asked', async () => {
    const ds = await makeActor('data_scientist');
    const admin = await makeActor('admin');
    createModelUseCase(ds, { name: 'a', taskType: 'other', tags: { team: 'crm' } });
    createModelUseCase(ds, { name: 'b', taskType: 'other' });
    for (let i = 0; i < 4; i++) createVersionUseCase(ds, 'a', { tags: { n: String(i + 1) } });
    transitionStageUseCase(admin, 'a', 1, { stage: 'production' });
    transitionStageUseCase(admin, 'a', 2, { stage: 'staging' });
    setAliasUseCase(ds, 'a', { alias: 'champion', version: 1 });

    const [b, a] = modelViews(ds, ['b', 'a', 'missing']);
    expect(b).toMatchObject({ name: 'b', tags: {}, aliases: [], latestPerStage: [] });
    expect(a).toMatchObject({ name: 'a', tags: { team: 'crm' }, aliases: [{ alias: 'champion', version: 1 }] });
    expect(a?.latestPerStage.map((v) => [v.version, v.stage])).toEqual([
      [4, 'development'],
      [2, 'staging'],
      [1, 'production'],
    ]);
    expect(a?.latestPerStage[2]).toMatchObject({ aliases: ['champion'], tags: { n: '1' }, createdBy: ds.name });
    expect(versionViews(ds, [a?.latestPerStage[2]?.id ?? 0, a?.latestPerStage[0]?.id ?? 0]).map((v) => v.version)).toEqual([1, 4]);
    expect((await expectAppError(() => modelView(ds, 'missing'))).kind).toBe('not_found');
  });
});
