import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/search/palette/route';
import { createModelUseCase } from '@/lib/registry/models';
import { transitionStageUseCase } from '@/lib/registry/stages';
import { createVersionUseCase } from '@/lib/registry/versions';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import { paletteSearch, parsePaletteQuery } from './palette';

withTempWorkspace();

async function setup() {
  const ds = await makeActor('data_scientist', 'ml');
  const models = { 'iris-species-classifier': 4, 'iris-rf': 2, 'penguin-species-classifier': 3, 'car_origin': 1, 'carXorigin': 1, 'wild-iris': 3 };
  for (const [name, versions] of Object.entries(models)) {
    createModelUseCase(ds, { name, taskType: 'classification' });
    for (let i = 0; i < versions; i += 1) createVersionUseCase(ds, name, {});
  }
  transitionStageUseCase(await makeActor('admin'), 'iris-species-classifier', 3, { stage: 'production' });
  return ds;
}

const names = (results: { models: { name: string }[] }) => results.models.map((m) => m.name);
const refs = (results: { versions: { model: string; version: number }[] }) => results.versions.map((v) => `${v.model}@${v.version}`);

describe('paletteSearch', () => {
  it('matches every term anywhere in the name, names starting with the first term first', async () => {
    const ds = await setup();
    expect(names(paletteSearch(ds, 'iris'))).toEqual(['iris-rf', 'iris-species-classifier', 'wild-iris']);
    expect(names(paletteSearch(ds, 'IRIS SPEC'))).toEqual(['iris-species-classifier']);
    expect(paletteSearch(ds, 'penguin sp')).toEqual({
      models: [{ name: 'penguin-species-classifier', latestVersion: 3, productionVersion: null }],
      versions: [],
    });
    expect(paletteSearch(ds, 'iris-species').models[0]).toMatchObject({ latestVersion: 4, productionVersion: 3 });
    expect(paletteSearch(ds, '   ')).toEqual({ models: [], versions: [] });
    expect(paletteSearch(ds, 'nothing-like-it')).toEqual({ models: [], versions: [] });
  });

  it('finds versions with model@3, model 3 and model v3, with their stage', async () => {
    const ds = await setup();
    const at = paletteSearch(ds, 'iris@3');
    expect(refs(at)).toEqual(['iris-species-classifier@3', 'wild-iris@3']);
    expect(at.versions[0]).toEqual({ model: 'iris-species-classifier', version: 3, stage: 'production' });
    expect(names(at)).toEqual(['iris-rf', 'iris-species-classifier', 'wild-iris']);
    expect(refs(paletteSearch(ds, 'iris species 3'))).toEqual(['iris-species-classifier@3']);
    expect(refs(paletteSearch(ds, 'penguin v2'))).toEqual(['penguin-species-classifier@2']);
    expect(paletteSearch(ds, 'penguin @ 2').versions).toEqual([{ model: 'penguin-species-classifier', version: 2, stage: 'development' }]);
    expect(refs(paletteSearch(ds, 'iris@9'))).toEqual([]);
    expect(refs(paletteSearch(ds, 'iris'))).toEqual([]);
  });

  it('takes LIKE wildcards in the query literally', async () => {
    const ds = await setup();
    expect(names(paletteSearch(ds, 'car_origin'))).toEqual(['car_origin']);
    expect(names(paletteSearch(ds, '%'))).toEqual([]);
    expect(names(paletteSearch(ds, 'iris%classifier'))).toEqual([]);
    expect(refs(paletteSearch(ds, '_ 1'))).toEqual(['car_origin@1']);
  });

  it('refuses a query over 100 characters with a 400', async () => {
    const ds = await setup();
    expect(paletteSearch(ds, 'a'.repeat(100))).toEqual({ models: [], versions: [] });
    const error = await expectAppError(() => paletteSearch(ds, 'a'.repeat(101)));
    expect([error.status, error.code, error.fieldErrors]).toEqual([400, 'bad_request:search', { q: ['Search for at most 100 characters.'] }]);
  });

  it('lets a viewer search, over the API too', async () => {
    await setup();
    const viewer = await makeActor('viewer');
    expect(names(paletteSearch(viewer, 'penguin'))).toEqual(['penguin-species-classifier']);
    const { token } = createTokenUseCase(viewer, { name: 'palette' });
    const get = (q: string) =>
      GET(new NextRequest(`http://localhost/api/v1/search/palette?q=${encodeURIComponent(q)}`, { headers: { authorization: `Bearer ${token}` } }), {});
    const ok = await get('iris@3');
    expect(ok.status).toBe(200);
    expect(refs(await ok.json())).toEqual(['iris-species-classifier@3', 'wild-iris@3']);
    const long = await get('x'.repeat(101));
    expect([long.status, (await long.json()).error.code]).toEqual([400, 'bad_request:search']);
  });
});

describe('parsePaletteQuery', () => {
  it('splits the name terms from a trailing version', () => {
    expect(parsePaletteQuery('iris@3')).toEqual({ terms: ['iris'], version: 3 });
    expect(parsePaletteQuery('iris species v12')).toEqual({ terms: ['iris', 'species'], version: 12 });
    expect(parsePaletteQuery('resnet50')).toEqual({ terms: ['resnet50'], version: null });
    expect(parsePaletteQuery('3')).toEqual({ terms: ['3'], version: null });
    expect(parsePaletteQuery('iris@')).toEqual({ terms: ['iris'], version: null });
  });
});
