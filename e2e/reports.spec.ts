import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test('a stakeholder prints the model report: card, versions, approvals and history, without the app around it', async ({ page }) => {
  await signIn(page, 'viewer', '/models/iris-species-classifier');
  await page.getByRole('link', { name: 'Report' }).click();
  await expect(page.getByRole('heading', { name: 'Model report: iris-species-classifier' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Approval history' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Promotion requests, newest first' })).toContainText('Rita Reviewer: approve');
  await expect(page.getByRole('table', { name: 'Stage changes, newest first' })).toContainText('request #');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Model card of version 3 (5 of 8 sections)' })).toBeVisible();
});

test('the catalogue exports what the filters show as CSV', async ({ page }) => {
  await signIn(page, 'viewer', '/models?risk=low&sort=name');
  const href = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
  expect(href).toContain('format=csv');
  const response = await page.request.get(href!);
  expect(response.headers()['content-type']).toContain('text/csv');
  const lines = (await response.text()).trim().split('\r\n');
  expect(lines[0]).toBe('name,description,owner,team,task,riskTier,versions,latestVersion,inProduction,aliases,tags,updatedAt');
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['iris-species-classifier', 'penguin-body-mass-regressor', 'penguin-species-classifier']);
});
