import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog } from '@/db/schema';
import { expectAppError as rejects } from '@/lib/testing/expect-app-error';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createModelUseCase, getModel, updateModelUseCase } from './models';

withTempWorkspace();

const input = { name: 'churn-predictor', description: 'Predicts churn.', taskType: 'classification', riskTier: 'high', tags: { domain: 'retention' } };

describe('createModelUseCase', () => {
  it('creates a model owned by the actor and audits it in the same write', async () => {
    const ds = await makeActor('data_scientist', 'growth');
    const model = createModelUseCase(ds, input);
    expect(model).toMatchObject({ name: 'churn-predictor', ownerId: ds.id, team: 'growth', riskTier: 'high', tags: { domain: 'retention' } });
    const audit = getDb().select().from(auditLog).all().filter((a) => a.action === 'model.create');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: ds.id, entityType: 'model', entityId: String(model.id) });
  });

  it('refuses a viewer and writes nothing', async () => {
    const viewer = await makeActor('viewer');
    const before = tableCounts();
    const error = await rejects(() => createModelUseCase(viewer, input));
    expect(error.code).toBe('forbidden:model');
    expect(error.status).toBe(403);
    expect(tableCounts()).toEqual(before);
  });

  it('rejects a duplicate name with a field error', async () => {
    const ds = await makeActor('data_scientist');
    createModelUseCase(ds, input);
    const before = tableCounts();
    const error = await rejects(() => createModelUseCase(ds, input));
    expect(error.status).toBe(409);
    expect(error.fieldErrors?.name).toEqual(['This name is taken.']);
    expect(tableCounts()).toEqual(before);
  });

  it.each([['has space'], [''], ['x'.repeat(129)], ['ümlaut'], ['a/b']])('rejects the name %j', async (name) => {
    const ds = await makeActor('data_scientist');
    const error = await rejects(() => createModelUseCase(ds, { ...input, name }));
    expect(error.status).toBe(400);
    expect(error.fieldErrors?.name?.[0]).toMatch(/letters, digits/);
  });

  it('reports every missing field at once', async () => {
    const ds = await makeActor('data_scientist');
    const error = await rejects(() => createModelUseCase(ds, {}));
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(['name', 'taskType']);
  });
});

describe('updateModelUseCase', () => {
  it('changes only the fields sent, as a PATCH must', async () => {
    const owner = await makeActor('data_scientist');
    createModelUseCase(owner, { name: 'kept', taskType: 'regression', description: 'Forecasts demand.', framework: 'xgboost', tags: { domain: 'retail' } });
    expect(updateModelUseCase(owner, 'kept', { framework: 'lightgbm' })).toMatchObject({ description: 'Forecasts demand.', framework: 'lightgbm', riskTier: 'medium', tags: { domain: 'retail' } });
  });

  it('leaves the risk tier, which sets how many approvals a promotion needs, to admins', async () => {
    const owner = await makeActor('data_scientist', 'growth');
    const admin = await makeActor('admin');
    createModelUseCase(owner, input);
    const before = tableCounts();
    const error = await rejects(() => updateModelUseCase(owner, 'churn-predictor', { riskTier: 'low' }));
    expect([error.code, error.message]).toEqual(['forbidden:model', "Only an admin can change a model's risk tier: it decides how many approvals a promotion needs."]);
    expect(tableCounts()).toEqual(before);
    expect(updateModelUseCase(owner, 'churn-predictor', { riskTier: 'high', description: 'Same tier, new words.' }).description).toBe('Same tier, new words.');
    expect(updateModelUseCase(admin, 'churn-predictor', { riskTier: 'low' }).riskTier).toBe('low');
  });

  it('lets the owner and their team edit, but not another team', async () => {
    const owner = await makeActor('data_scientist', 'growth');
    const teammate = await makeActor('data_scientist', 'growth');
    const outsider = await makeActor('data_scientist', 'risk');
    createModelUseCase(owner, input);
    expect(updateModelUseCase(teammate, 'churn-predictor', { framework: 'sklearn' }).framework).toBe('sklearn');
    const error = await rejects(() => updateModelUseCase(outsider, 'churn-predictor', { framework: 'torch' }));
    expect(error.code).toBe('forbidden:model');
    expect(getModel(outsider, 'churn-predictor').framework).toBe('sklearn');
  });

  it('answers 404 for an unknown model', async () => {
    const admin = await makeActor('admin');
    expect((await rejects(() => updateModelUseCase(admin, 'nope', {}))).status).toBe(404);
  });
});
