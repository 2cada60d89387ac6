import { describe, expect, it } from 'vitest';
import { sendMlflow as send } from '@/lib/testing/mlflow-call';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';

withTempWorkspace();

describe('MLflow model registry API', () => {
  it('registers, versions, tags, aliases, searches, renames and stages a model', async () => {
    const ds = createTokenUseCase(await makeActor('data_scientist'), { name: 'd' }).token;
    const admin = createTokenUseCase(await makeActor('admin'), { name: 'a' }).token;
    const run = (await send(ds, 'POST', 'runs/create', { experiment_id: (await send(ds, 'POST', 'experiments/create', { name: 'e' })).body.experiment_id })).body.run.info.run_id;

    expect((await send(ds, 'POST', 'registered-models/create', { name: 'Churn', tags: [{ key: 'team', value: 'crm' }] })).body.registered_model).toMatchObject({ name: 'Churn', tags: [{ key: 'team', value: 'crm' }] });
    const v1 = (await send(ds, 'POST', 'model-versions/create', { name: 'Churn', source: `runs:/${run}/model`, run_id: run })).body.model_version;
    expect(v1).toMatchObject({ name: 'Churn', version: '1', current_stage: 'None', run_id: run, source: `runs:/${run}/model`, status: 'READY' });
    await send(ds, 'POST', 'model-versions/create', { name: 'Churn', source: 's3://bucket/2' });

    await send(ds, 'POST', 'registered-models/set-tag', { name: 'Churn', key: 'pii', value: 'no' });
    await send(ds, 'DELETE', 'registered-models/delete-tag', { name: 'Churn', key: 'team' });
    await send(ds, 'POST', 'model-versions/set-tag', { name: 'Churn', version: '2', key: 'validated', value: true });
    await send(ds, 'POST', 'registered-models/alias', { name: 'Churn', alias: 'champion', version: '2' });
    expect((await send(ds, 'GET', 'registered-models/alias', { name: 'Churn', alias: 'champion' })).body.model_version).toMatchObject({ version: '2', aliases: ['champion'], tags: [{ key: 'validated', value: 'true' }] });

    const model = (await send(ds, 'GET', 'registered-models/get', { name: 'Churn' })).body.registered_model;
    expect(model.tags).toEqual([{ key: 'pii', value: 'no' }]);
    expect(model.aliases).toEqual([{ alias: 'champion', version: '2' }]);
    expect(model.latest_versions.map((v: { version: string }) => v.version)).toEqual(['2']);

    expect((await send(ds, 'POST', 'model-versions/transition-stage', { name: 'Churn', version: '1', stage: 'Production' })).body.error_code).toBe('PERMISSION_DENIED');
    expect((await send(admin, 'POST', 'model-versions/transition-stage', { name: 'Churn', version: '1', stage: 'Production' })).body.model_version.current_stage).toBe('Production');
    const latest = (await send(ds, 'POST', 'registered-models/get-latest-versions', { name: 'Churn', stages: ['Production'] })).body.model_versions;
    expect(latest.map((v: { version: string }) => v.version)).toEqual(['1']);

    await send(ds, 'POST', 'registered-models/create', { name: 'churn-lower' });
    const like = await send(ds, 'GET', 'registered-models/search', { filter: "name LIKE 'Ch%'" });
    expect(like.body.registered_models.map((m: { name: string }) => m.name)).toEqual(['Churn']);
    const ilike = await send(ds, 'POST', 'registered-models/search', { filter: "name ILIKE 'ch%'", max_results: 1 });
    expect(ilike.body.registered_models).toHaveLength(1);
    expect(ilike.body.next_page_token).toBeTruthy();
    const byRun = await send(ds, 'POST', 'model-versions/search', { filter: `run_id = '${run}'` });
    expect(byRun.body.model_versions.map((v: { version: string }) => v.version)).toEqual(['1']);

    expect((await send(ds, 'POST', 'registered-models/rename', { name: 'Churn', new_name: 'churn-v2' })).body.registered_model.name).toBe('churn-v2');
    expect((await send(ds, 'GET', 'model-versions/get-download-uri', { name: 'churn-v2', version: '2' })).body).toEqual({ artifact_uri: 's3://bucket/2' });
  });

  it('maps refusals onto MLflow error codes without writing', async () => {
    const ds = createTokenUseCase(await makeActor('data_scientist'), { name: 'd' }).token;
    await send(ds, 'POST', 'registered-models/create', { name: 'm' });
    const before = tableCounts();
    expect(await send(ds, 'POST', 'registered-models/create', { name: 'm' })).toMatchObject({ status: 400, body: { error_code: 'RESOURCE_ALREADY_EXISTS' } });
    expect(await send(ds, 'GET', 'registered-models/get', { name: 'nope' })).toMatchObject({ status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST' } });
    expect(await send(ds, 'POST', 'registered-models/create', { name: 'bad name' })).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE' } });
    expect(await send(ds, 'POST', 'model-versions/search', { filter: "version_number LIKE '1%'" })).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE' } });
    expect(await send(ds, 'POST', 'registered-models/search', { filter: 'metrics.acc > 1' })).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE' } });
    expect(await send(ds, 'POST', 'model-versions/transition-stage', { name: 'm', version: '1', stage: 'Limbo' })).toMatchObject({ status: 400 });
    expect(await send(ds, 'GET', 'registered-models/alias', { name: 'm', alias: 'none' })).toMatchObject({ status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST' } });
    expect(await send(ds, 'DELETE', 'registered-models/delete-tag', { name: 'm', key: 'absent' })).toMatchObject({ status: 404 });
    expect(tableCounts()).toEqual(before);
  });
});
