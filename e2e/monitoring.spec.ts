import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

const WEATHER = '/models/seattle-weather-classifier/versions/3/monitoring';

/** A small table like the seeded ones: `age` shifted by `shift`, `color` from a fixed set. */
function csv(rows: number, shift: number, seed: number): string {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const lines = ['age,income,color,prediction'];
  for (let i = 0; i < rows; i++) lines.push(`${(20 + next() * 40 + shift).toFixed(1)},${Math.round(30_000 + next() * 50_000)},${['red', 'green', 'blue'][Math.floor(next() * 3)]},${next() < 0.5 ? 'yes' : 'no'}`);
  return `${lines.join('\n')}\n`;
}

const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test('shows the seeded weather model drifting month by month and saves a screenshot for the README', async ({ page }) => {
  await signIn(page, 'data_scientist', WEATHER);
  await expect(page.getByRole('heading', { name: 'Monitoring · seattle-weather-classifier version 3' })).toBeVisible();
  await expect(page.locator('section[aria-labelledby="version-alerts"]')).toContainText(/unresolved alert/);
  // Twenty-four monthly batches, 2014–2015; picking one shows its report.
  const batchLinks = page.getByRole('link', { name: /^Batch \d+$/ });
  await expect(batchLinks).toHaveCount(24);
  const oldest = (await batchLinks.last().textContent())!;
  await batchLinks.last().click();
  await expect(page.getByRole('heading', { name: oldest })).toBeVisible();
  // The drift timeline and the distributions are drawn, not just announced.
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  expect(await page.locator('.recharts-surface').count()).toBeGreaterThan(5);
  await page.getByRole('heading', { name: 'Drift over time' }).evaluate((heading) => {
    heading.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -72);
  });
  await page.screenshot({ path: path.join(__dirname, 'screenshots', 'monitoring.png') });
});

test('uploads a reference and batches from the browser; a bad row is named and nothing is stored', async ({ page }) => {
  await signIn(page, 'data_scientist');
  const name = `e2e-monitored-${Date.now()}`;
  expect((await page.request.post('/api/v1/models', { data: { name, taskType: 'classification' } })).status()).toBe(201);
  expect((await page.request.post(`/api/v1/models/${name}/versions`, { data: {} })).status()).toBe(201);
  await page.goto(`/models/${name}/versions/1/monitoring`);

  await page.getByLabel('Reference table').setInputFiles(file('reference.csv', csv(300, 0, 1)));
  await page.getByLabel('Prediction column (optional)').fill('prediction');
  await page.getByRole('button', { name: 'Set reference' }).click();
  await expect(page.getByText('Reference set: 300 rows, 4 columns.')).toBeVisible();

  const bad = csv(20, 0, 2).replace(/\n([^\n]*)\n([^,]*),/, '\n$1\nunknown,');
  await page.getByLabel('Production batch').setInputFiles(file('bad.csv', bad));
  await page.getByRole('button', { name: 'Upload batch' }).click();
  await expect(page.getByText(/Row 2, column "age": "unknown" is not a number/)).toBeVisible();

  await page.getByLabel('Production batch').setInputFiles(file('shifted.csv', csv(300, 20, 3)));
  await page.getByRole('button', { name: 'Upload batch' }).click();
  // The upload's own message, not the report's caption that the refreshed page shows below it.
  await expect(page.getByText(/^Batch \d+: 1 of 4 columns drifted\./)).toBeVisible();
  const batches = await page.request.get(`/api/v1/models/${name}/versions/1/batches`);
  expect(((await batches.json()) as { batches: unknown[] }).batches).toHaveLength(1);
});

test('a reviewer acknowledges and resolves alerts, which refresh in the list and the navigation badge', async ({ page }) => {
  await signIn(page, 'reviewer', '/alerts?model=seattle-weather-classifier');
  const badge = page.getByTestId('alerts-nav-badge');
  await expect(badge).toBeVisible();
  const before = Number(await badge.locator('[aria-hidden]').textContent());

  await page.getByRole('button', { name: /^Acknowledge alert/ }).first().click();
  await page.getByLabel('Comment (optional)').fill('Looking into the fog labels.');
  await page.getByRole('dialog').getByRole('button', { name: 'Acknowledge' }).click();
  await expect(page.getByText('Looking into the fog labels.')).toBeVisible();

  await page.getByRole('button', { name: /^Resolve alert/ }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Resolve' }).click();
  await expect(page.getByRole('dialog')).toContainText(/Say how|required/i);
  await page.getByLabel('How was it resolved? (required)').fill('Relabelled upstream.');
  await page.getByRole('dialog').getByRole('button', { name: 'Resolve' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(badge.locator('[aria-hidden]')).toHaveText(String(before - 1));
});
