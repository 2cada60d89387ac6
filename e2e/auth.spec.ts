import { expect, test } from '@playwright/test';
import { demoUser, signIn } from './helpers';

const ROLE_LABELS = { admin: 'Admin', data_scientist: 'Data scientist', reviewer: 'Reviewer', viewer: 'Viewer' } as const;

test('a signed-out visitor is sent to the sign-in page and comes back after signing in', async ({ page }) => {
  await page.goto('/models/iris-species-classifier');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fmodels%2Firis-species-classifier/);
  await signIn(page, 'viewer', '/models/iris-species-classifier');
  await expect(page.getByRole('heading', { level: 1, name: 'iris-species-classifier' })).toBeVisible();
});

for (const role of Object.keys(ROLE_LABELS) as (keyof typeof ROLE_LABELS)[]) {
  test(`signs in as ${role} and shows the role in the user menu`, async ({ page }) => {
    await signIn(page, role);
    await expect(page.getByTestId('user-role')).toHaveText(ROLE_LABELS[role]);
    await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(role === 'admin' ? 1 : 0);
  });
}

test('a wrong password gets one generic message and no session', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(demoUser('admin').email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('Invalid email or password.');
  await expect(page.getByLabel('Email')).toHaveValue(demoUser('admin').email);
  await expect(page.getByLabel('Password')).toHaveValue('');
  await page.getByLabel('Email').fill('nobody@modelboard.dev');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Password')).toHaveValue('');
  await expect(page.locator('form').getByRole('alert')).toHaveText('Invalid email or password.');
  await page.goto('/models');
  await expect(page).toHaveURL(/\/login/);
});

test('the sixth failed sign-in for one account within 15 minutes is refused with how long to wait', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('guesser-target@modelboard.dev');
  const alert = page.locator('form').getByRole('alert');
  // Each attempt waits for its answer and for React to clear the password after it, so the next
  // attempt's password is not wiped by the previous one's reset.
  const attempt = async () => {
    await page.getByLabel('Password').fill('guess');
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login'), page.getByRole('button', { name: 'Sign in' }).click()]);
    await expect(page.getByLabel('Password')).toHaveValue('');
  };
  for (let i = 1; i <= 5; i++) {
    await attempt();
    await expect(alert).toHaveText('Invalid email or password.');
  }
  await attempt();
  await expect(alert).toHaveText('Too many failed sign-ins for this account. Try again in 15 minutes.');
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, 'reviewer');
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/models');
  await expect(page).toHaveURL(/\/login/);
});

test('the API answers 401 JSON to a signed-out caller, not a redirect', async ({ request }) => {
  const response = await request.get('/api/v1/artifacts/1', { maxRedirects: 0 });
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: { code: 'unauthorized', message: 'Sign in or send an API token.' } });
});
