import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test('a version page draws metric histories and the lineage, and verifies its artifact', async ({ page }) => {
  await signIn(page, 'viewer', '/models/car-origin-classifier/versions/3');
  const chart = page.getByTestId('metric-chart-log_loss');
  await expect(chart.getByRole('img', { name: 'Line chart of log_loss by step' })).toBeVisible();
  await expect(chart.locator('.recharts-line path').first()).toHaveAttribute('d', /^M[\d.]+,[\d.]+(C[\d.,]+){50,}/);
  await expect(page.getByTestId('lineage-dataset')).toHaveCount(2);
  await expect(page.getByTestId('lineage-dataset').first()).toContainText(/sha256 [0-9a-f]{12}/);
  await expect(page.getByTestId('metric-accuracy')).toHaveText(/^0\.\d{4}$/);
  await page.getByRole('button', { name: 'Check integrity' }).click();
  await expect(page.getByText('Intact: hash matches')).toBeVisible();
  await page.screenshot({ path: `${__dirname}/screenshots/version.png`, fullPage: false });
});

test('the owner uploads an artifact with a progress bar and downloads it back', async ({ page }) => {
  await signIn(page, 'data_scientist', '/models/penguin-species-classifier/versions/1');
  const content = Buffer.from('{"weights":[1,2,3]}'.repeat(20_000));
  await page.getByLabel('Upload an artifact').setInputFiles({ name: 'weights.json', mimeType: 'application/json', buffer: content });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByText('weights.json uploaded.')).toBeVisible();
  const link = page.getByRole('link', { name: 'weights.json' });
  await expect(link).toBeVisible();
  const response = await page.request.get((await link.getAttribute('href')) as string);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toBe('attachment; filename="weights.json"');
  expect(response.headers().etag).toMatch(/^"[0-9a-f]{64}"$/);
  expect(Buffer.from(await response.body()).equals(content)).toBe(true);
});

test('a viewer cannot upload: no control, and the API refuses', async ({ page }) => {
  await signIn(page, 'viewer', '/models/penguin-species-classifier/versions/1');
  await expect(page.getByLabel('Upload an artifact')).toHaveCount(0);
  const response = await page.request.post('/api/v1/models/penguin-species-classifier/versions/1/artifacts?fileName=x.bin', { data: Buffer.from('x') });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe('forbidden:artifact');
});
