import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test('artifact downloads carry their length and resume with Range on the production server', async ({ page }) => {
  await signIn(page, 'data_scientist');
  const api = page.request;
  expect((await api.post('/api/v1/models', { data: { name: 'e2e-ranged', taskType: 'regression' } })).status()).toBe(201);
  expect((await api.post('/api/v1/models/e2e-ranged/versions', { data: {} })).status()).toBe(201);
  const bytes = crypto.randomBytes(200_000);
  const sha = crypto.createHash('sha256').update(bytes).digest('hex');
  const uploaded = await api.post(`/api/v1/models/e2e-ranged/versions/1/artifacts?fileName=weights.bin&sha256=${sha}`, { data: bytes, headers: { 'content-type': 'application/octet-stream' } });
  expect(uploaded.status()).toBe(201);
  const { artifact } = await uploaded.json();

  const whole = await api.get(`/api/v1/artifacts/${artifact.id}`);
  expect(whole.headers()['content-length']).toBe('200000');
  expect(whole.headers()['transfer-encoding']).toBeUndefined();
  expect(whole.headers()['x-modelboard-content-length']).toBeUndefined();
  expect((await whole.body()).equals(bytes)).toBe(true);

  const part = await api.get(`/api/v1/artifacts/${artifact.id}`, { headers: { range: 'bytes=150000-', 'accept-encoding': 'gzip' } });
  expect(part.status()).toBe(206);
  expect(part.headers()).toMatchObject({ 'content-length': '50000', 'content-range': 'bytes 150000-199999/200000' });
  expect((await part.body()).equals(bytes.subarray(150_000))).toBe(true);
});

test('the owner deletes a version and then the model after typing its name', async ({ page }) => {
  await signIn(page, 'data_scientist');
  expect((await page.request.post('/api/v1/models', { data: { name: 'e2e-doomed', taskType: 'other' } })).status()).toBe(201);
  for (let i = 0; i < 2; i++) expect((await page.request.post('/api/v1/models/e2e-doomed/versions', { data: {} })).status()).toBe(201);

  await page.goto('/models/e2e-doomed/versions/1');
  await page.getByRole('button', { name: 'Delete version' }).click();
  const dialog = page.getByRole('dialog');
  const confirm = dialog.getByRole('button', { name: 'Delete version' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type e2e-doomed/1 to confirm').fill('e2e-doomed/1');
  await confirm.click();
  await expect(page).toHaveURL(/\/models\/e2e-doomed$/);
  await expect(page.getByRole('link', { name: 'Version 2', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Version 1', exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: 'Delete model' }).click();
  await page.getByRole('dialog').getByLabel('Type e2e-doomed to confirm').fill('e2e-doomed');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete model' }).click();
  await expect(page).toHaveURL(/\/models$/);
  expect((await page.request.get('/api/v1/models/e2e-doomed')).status()).toBe(404);
});

test('a viewer sees no delete buttons', async ({ page }) => {
  await signIn(page, 'viewer', '/models/iris-species-classifier');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete model' })).toHaveCount(0);
});
