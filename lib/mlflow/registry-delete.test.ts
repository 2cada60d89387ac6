import { describe, expect, it } from 'vitest';
import { sendMlflow as send } from '@/lib/testing/mlflow-call';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';

withTempWorkspace();

async function setup() {
  const ds = createTokenUseCase(await makeActor('data_scientist'), { name: 'd' }).token;
  await send(ds, 'POST', 'registered-models/create', { name: 'Churn' });
  await send(ds, 'POST', 'model-versions/create', { name: 'Churn', source: 's3://b/1' });
  await send(ds, 'POST', 'model-versions/create', { name: 'Churn', source: 's3://b/2' });
  await send(ds, 'POST', 'registered-models/alias', { name: 'Churn', alias: 'champion', version: '2' });
  return ds;
}

describe('MLflow deletes', () => {
  it('deletes a version and then the model, as MLflow clients do', async () => {
    const ds = await setup();
    expect(await send(ds, 'DELETE', 'model-versions/delete', { name: 'Churn', version: '2' })).toEqual({ status: 200, body: {} });
    expect((await send(ds, 'GET', 'registered-models/alias', { name: 'Churn', alias: 'champion' })).body.error_code).toBe('RESOURCE_DOES_NOT_EXIST');
    expect((await send(ds, 'POST', 'model-versions/create', { name: 'Churn' })).body.model_version.version).toBe('3');
    expect(await send(ds, 'DELETE', 'registered-models/delete', { name: 'Churn' })).toEqual({ status: 200, body: {} });
    expect((await send(ds, 'GET', 'registered-models/get', { name: 'Churn' })).status).toBe(404);
  });

  it('answers with MLflow error codes and deletes nothing on a refusal', async () => {
    const ds = await setup();
    const viewer = createTokenUseCase(await makeActor('viewer'), { name: 'v' }).token;
    const admin = createTokenUseCase(await makeActor('admin'), { name: 'a' }).token;
    await send(admin, 'POST', 'model-versions/transition-stage', { name: 'Churn', version: '1', stage: 'Production' });
    const before = tableCounts();
    expect((await send(viewer, 'DELETE', 'registered-models/delete', { name: 'Churn' })).body.error_code).toBe('PERMISSION_DENIED');
    const live = await send(ds, 'DELETE', 'model-versions/delete', { name: 'Churn', version: '1' });
    expect([live.status, live.body.error_code]).toEqual([400, 'INVALID_STATE']);
    expect((await send(ds, 'DELETE', 'registered-models/delete', { name: 'Churn' })).status).toBe(400);
    expect((await send(ds, 'DELETE', 'model-versions/delete', { name: 'Churn', version: '9' })).body.error_code).toBe('RESOURCE_DOES_NOT_EXIST');
    expect((await send(ds, 'DELETE', 'model-versions/delete', { name: 'Churn', version: 'x' })).body.error_code).toBe('INVALID_PARAMETER_VALUE');
    expect((await send(ds, 'DELETE', 'registered-models/delete', {})).body.error_code).toBe('INVALID_PARAMETER_VALUE');
    expect(tableCounts()).toEqual(before);
  });
});
