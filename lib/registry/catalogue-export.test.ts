import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/models/route';
import { callRoute, callRouteText } from '@/lib/testing/call-route';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import { setAliasUseCase } from './aliases';
import { catalogueCsv } from './catalogue-export';
import { createModelUseCase } from './models';
import { transitionStageUseCase } from './stages';
import { createVersionUseCase } from './versions';

withTempWorkspace();

describe('catalogue CSV', () => {
  it('exports every matching model as the page filters and sorts them, with formula-like text defused', async () => {
    const ds = await makeActor('data_scientist', 'crm');
    const admin = await makeActor('admin');
    createModelUseCase(ds, { name: 'churn', taskType: 'classification', riskTier: 'high', description: '=HYPERLINK("x")', tags: { domain: 'crm', beta: '' } });
    createModelUseCase(ds, { name: 'fraud', taskType: 'classification', description: 'Flags card fraud, fast.' });
    createModelUseCase(ds, { name: 'demand', taskType: 'regression' });
    for (const v of [1, 2]) createVersionUseCase(ds, 'churn', { description: `v${v}` });
    transitionStageUseCase(admin, 'churn', 1, { stage: 'production' });
    setAliasUseCase(ds, 'churn', { alias: 'champion', version: 1 });

    const lines = catalogueCsv(ds, { task: 'classification', sort: 'name' }).trimEnd().split('\r\n');
    expect(lines[0]).toBe('name,description,owner,team,task,riskTier,versions,latestVersion,inProduction,aliases,tags,updatedAt');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(new RegExp(`^churn,"'=HYPERLINK\\(""x""\\)",${ds.name},crm,classification,high,2,2,yes,champion=v1,beta; domain=crm,\\d{4}-`));
    expect(lines[2]).toMatch(/^fraud,"Flags card fraud, fast\.",/);
  });

  it('answers GET /api/v1/models?format=csv with an attachment for any signed-in role', async () => {
    const viewer = await makeActor('viewer');
    const { token } = createTokenUseCase(viewer, { name: 'sheet' });
    const response = await callRouteText(GET, token, { path: '/api/v1/models?format=csv&q=nothing-matches' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="models.csv"');
    expect(response.text).toBe('name,description,owner,team,task,riskTier,versions,latestVersion,inProduction,aliases,tags,updatedAt\r\n');
    const typo = await callRoute(GET, token, { path: '/api/v1/models?format=csv&task=clasification' });
    expect([typo.status, Object.keys(typo.body.error.details)]).toEqual([400, ['task']]);
  });
});
