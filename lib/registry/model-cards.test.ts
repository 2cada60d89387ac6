import { describe, expect, it } from 'vitest';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { getModelCard, updateModelCardUseCase } from './model-cards';
import { createModelUseCase } from './models';
import { createVersionUseCase } from './versions';

withTempWorkspace();

describe('model cards', () => {
  it('tracks which sections are still empty and keeps sections not sent', async () => {
    const ds = await makeActor('data_scientist');
    createModelUseCase(ds, { name: 'm', taskType: 'regression' });
    createVersionUseCase(ds, 'm', {});
    expect(getModelCard(ds, 'm', 1).completeness).toMatchObject({ filled: 0, total: 8 });
    updateModelCardUseCase(ds, 'm', 1, { overview: 'Predicts *value*.', limitations: '  ' });
    const done = updateModelCardUseCase(ds, 'm', 1, { intendedUse: 'Pricing team.' });
    expect(done.filled).toBe(2);
    expect(done.missing).toContain('limitations');
    const card = getModelCard(ds, 'm', 1);
    expect(card.sections.overview).toBe('Predicts *value*.');
    expect(card.updatedBy).toBe(ds.name);
  });

  it('rejects oversized sections and readers', async () => {
    const ds = await makeActor('data_scientist');
    const reviewer = await makeActor('reviewer');
    createModelUseCase(ds, { name: 'm', taskType: 'regression' });
    createVersionUseCase(ds, 'm', {});
    expect((await expectAppError(() => updateModelCardUseCase(ds, 'm', 1, { overview: 'x'.repeat(50_001) }))).fieldErrors?.overview).toBeDefined();
    expect((await expectAppError(() => updateModelCardUseCase(reviewer, 'm', 1, { overview: 'x' }))).status).toBe(403);
  });
});
