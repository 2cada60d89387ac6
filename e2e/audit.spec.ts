import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test('an admin filters the audit log, verifies the chain and exports what they see', async ({ page }) => {
  await signIn(page, 'admin', '/audit');
  await page.getByLabel('Action').fill('alert');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/action=alert/);
  const actions = await page.locator('tbody tr td:nth-child(4)').allTextContents();
  expect(actions.length).toBeGreaterThan(0);
  expect(actions.every((a) => a.startsWith('alert.'))).toBe(true);

  await page.getByRole('link', { name: 'Verify the chain' }).click();
  await expect(page.getByText(/The chain verifies: \d+ rows/)).toBeVisible();

  const csv = await page.request.get((await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href'))!);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).trim().split('\r\n');
  expect(lines[0]).toBe('seq,createdAt,actor,action,entityType,entityId,before,after,hash,via');
  expect(lines.slice(1).every((line) => /,alert\.[a-z]+,/.test(line))).toBe(true);
});

test('viewers neither see the audit log nor read it through the API', async ({ page }) => {
  await signIn(page, 'viewer');
  await expect(page.getByRole('link', { name: 'Audit' })).toHaveCount(0);
  expect((await page.request.get('/api/v1/audit')).status()).toBe(403);
});
