import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { setAliasUseCase } from './aliases';
import { listCatalogue } from './catalogue';
import { catalogueQuerySchema, catalogueSearchParams } from './catalogue-query';
import { createModelUseCase } from './models';
import { transitionStageUseCase } from './stages';
import { createVersionUseCase } from './versions';

withTempWorkspace();

async function workspace() {
  const growth = await makeActor('data_scientist', 'growth');
  const risk = await makeActor('data_scientist', 'risk');
  const admin = await makeActor('admin');
  createModelUseCase(growth, { name: 'churn', description: 'Predicts customer churn', taskType: 'classification', riskTier: 'high', tags: { domain: 'retention' } });
  createModelUseCase(growth, { name: 'ltv', description: 'Lifetime value', taskType: 'regression', tags: { domain: 'finance', pii: '' } });
  createModelUseCase(risk, { name: 'fraud_v1.0', description: 'Card fraud, 100% of transactions', taskType: 'classification', riskTier: 'high' });
  for (let i = 0; i < 3; i++) createVersionUseCase(growth, 'ltv', {});
  createVersionUseCase(growth, 'churn', {});
  createVersionUseCase(risk, 'fraud_v1.0', {});
  setAliasUseCase(growth, 'churn', { alias: 'champion', version: 1 });
  transitionStageUseCase(admin, 'fraud_v1.0', 1, { stage: 'production' });
  return { growth, risk };
}

const names = (actor: Awaited<ReturnType<typeof makeActor>>, params: Record<string, string>) =>
  listCatalogue(actor, catalogueQuerySchema.parse(params)).rows.map((r) => r.name);

describe('catalogue', () => {
  it('searches name, description and tags, and treats % and _ literally', async () => {
    const { growth } = await workspace();
    expect(names(growth, { q: 'customer' })).toEqual(['churn']);
    expect(names(growth, { q: 'finance' })).toEqual(['ltv']);
    expect(names(growth, { q: '100%' })).toEqual(['fraud_v1.0']);
    expect(names(growth, { q: '%' })).toEqual(['fraud_v1.0']);
    expect(names(growth, { q: '_' })).toEqual(['fraud_v1.0']);
  });

  it('matches a name prefix case-sensitively, with glob characters taken literally', async () => {
    const { growth } = await workspace();
    expect(names(growth, { prefix: 'fr' })).toEqual(['fraud_v1.0']);
    expect(names(growth, { prefix: 'FR' })).toEqual([]);
    expect(names(growth, { prefix: 'fraud_v1.' })).toEqual(['fraud_v1.0']);
    expect(names(growth, { prefix: '*' })).toEqual([]);
    expect(names(growth, { prefix: 'l?v' })).toEqual([]);
    const plan = getDb().$client.prepare("EXPLAIN QUERY PLAN SELECT id FROM registered_models WHERE name GLOB 'ch*'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('USING COVERING INDEX registered_models_name_idx');
  });

  it('filters by owner, team, tag, task, risk and what a model has', async () => {
    const { growth, risk } = await workspace();
    expect(names(growth, { owner: String(risk.id) })).toEqual(['fraud_v1.0']);
    expect(names(growth, { team: 'growth', sort: 'name' })).toEqual(['churn', 'ltv']);
    expect(names(growth, { tag: 'domain=finance' })).toEqual(['ltv']);
    expect(names(growth, { tag: 'pii' })).toEqual(['ltv']);
    expect(names(growth, { task: 'classification', risk: 'high', sort: 'name' })).toEqual(['churn', 'fraud_v1.0']);
    expect(names(growth, { has: 'champion' })).toEqual(['churn']);
    expect(names(growth, { has: 'production' })).toEqual(['fraud_v1.0']);
  });

  it('sorts, paginates, and reports versions and aliases per row', async () => {
    const { growth } = await workspace();
    expect(names(growth, { sort: 'versions' })[0]).toBe('ltv');
    expect(names(growth, { sort: 'name', dir: 'desc' })).toEqual(['ltv', 'fraud_v1.0', 'churn']);
    const page2 = listCatalogue(growth, catalogueQuerySchema.parse({ sort: 'name', size: '10', page: '2' }));
    expect(page2).toMatchObject({ total: 3, page: 1, pageCount: 1 });
    const churn = listCatalogue(growth, catalogueQuerySchema.parse({ q: 'churn' })).rows[0];
    expect(churn).toMatchObject({ latestVersion: 1, versionCount: 1, aliases: [{ alias: 'champion', version: 1 }], tags: { domain: 'retention' } });
  });

  it('ignores nonsense in a shared URL instead of failing', () => {
    const query = catalogueQuerySchema.parse({ page: '-3', size: '7', risk: 'extreme', sort: 'drop table', owner: 'x' });
    expect(query).toMatchObject({ page: 1, size: 25, risk: undefined, sort: 'updated', owner: undefined });
    expect(catalogueSearchParams({ ...query, q: 'a b' }).toString()).toBe('q=a+b');
  });
});
