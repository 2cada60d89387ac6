import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test('a token created in the app authenticates API calls until it is revoked', async ({ page, playwright, baseURL }) => {
  await signIn(page, 'data_scientist', '/settings/tokens');
  await page.getByLabel('Name').fill('e2e-pipeline');
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = await page.getByLabel('Your new token').inputValue();
  expect(token).toMatch(/^mb_[0-9a-f]{12}_/);

  // A cookie-less client, as a training script would be.
  const api = await playwright.request.newContext({ baseURL });
  const upload = (auth: string) =>
    api.post('/api/v1/models/penguin-species-classifier/versions/2/artifacts?fileName=from-ci.txt', {
      headers: { authorization: auth, origin: 'https://ci.example.com' },
      data: Buffer.from('trained in CI'),
    });
  const ok = await upload(`Bearer ${token}`);
  expect(ok.status()).toBe(201);
  expect((await ok.json()).artifact).toMatchObject({ fileName: 'from-ci.txt', size: 13 });

  await page.reload();
  const lastUsed = page.getByTestId('token-e2e-pipeline').locator('td').nth(4);
  await expect(lastUsed).not.toHaveText('never');
  await page.getByTestId('token-e2e-pipeline').getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByTestId('token-e2e-pipeline')).toContainText('revoked');

  const refused = await upload(`Bearer ${token}`);
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe('unauthorized');
  expect((await api.get('/api/v1/artifacts/1', { headers: { authorization: 'Bearer mb_000000000000_x' } })).status()).toBe(401);
  await api.dispose();
});

test('the API reference lists the endpoints and links the OpenAPI document', async ({ page }) => {
  await signIn(page, 'viewer');
  await page.getByRole('link', { name: 'API', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API reference' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /POST\s*\/api\/v1\/models$/ })).toBeVisible();
  const doc = await page.request.get('/api/v1/openapi.json');
  expect((await doc.json()).openapi).toBe('3.1.0');
});
