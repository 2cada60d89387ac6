import { expect, test } from '@playwright/test';
import { signIn, toast } from './helpers';

test('a viewer sees no create button, gets 403 on the form, and a replayed create action is refused', async ({ browser }) => {
  // Capture exactly what the browser sends when a data scientist submits the form, without letting it through.
  const scientist = await browser.newPage();
  await signIn(scientist, 'data_scientist', '/models/new');
  await scientist.getByLabel('Name').fill('e2e-viewer-forgery');
  await scientist.getByLabel('Task type').selectOption('regression');
  const captured = new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve) => {
    void scientist.route('**/models/new', async (route) => {
      const request = route.request();
      if (request.method() !== 'POST') return route.continue();
      resolve({ headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) });
      await route.abort();
    });
  });
  await scientist.getByRole('button', { name: 'Create model' }).click();
  const action = await captured;
  expect(action.headers['next-action']).toMatch(/^[0-9a-f]{40,}$/);
  await scientist.close();

  const viewer = await browser.newPage();
  await signIn(viewer, 'viewer');
  await expect(viewer.getByRole('link', { name: 'New model' })).toHaveCount(0);
  const form = await viewer.goto('/models/new');
  expect(form?.status()).toBe(403);

  const replay = await viewer.request.post('/models/new', {
    headers: { 'next-action': action.headers['next-action'] as string, 'content-type': action.headers['content-type'] as string, accept: 'text/x-component' },
    data: action.body,
    maxRedirects: 0,
  });
  expect(replay.status()).toBe(200);
  expect(await replay.text()).toContain('You do not have permission to do that.');
  await viewer.goto('/models/e2e-viewer-forgery');
  await expect(viewer.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await viewer.close();
});

test('an admin creates a user, and deactivating them ends their open session', async ({ browser }) => {
  const admin = await browser.newPage();
  await signIn(admin, 'admin', '/admin/users');
  const email = `e2e-${Date.now()}@modelboard.dev`;
  await admin.getByLabel('Name', { exact: true }).fill('Temp Scientist');
  await admin.getByLabel('Email', { exact: true }).fill(email);
  await admin.getByLabel('Initial password').fill('a-strong-password');
  await admin.getByLabel('Role', { exact: true }).selectOption('data_scientist');
  await admin.getByRole('button', { name: 'Create user' }).click();
  await expect(toast(admin, `Account created for ${email}.`)).toBeVisible();

  const user = await browser.newPage();
  await user.goto('/login');
  await user.getByLabel('Email').fill(email);
  await user.getByLabel('Password').fill('a-strong-password');
  await user.getByRole('button', { name: 'Sign in' }).click();
  await expect(user.getByTestId('user-role')).toHaveText('Data scientist');

  const row = admin.getByTestId(`user-${email}`);
  await row.getByRole('button', { name: 'Deactivate' }).click();
  await expect(row.getByText('deactivated')).toBeVisible();

  await user.reload();
  await expect(user).toHaveURL(/\/login/);
  await user.getByLabel('Email').fill(email);
  await user.getByLabel('Password').fill('a-strong-password');
  await user.getByRole('button', { name: 'Sign in' }).click();
  await expect(user.locator('form').getByRole('alert')).toHaveText('Invalid email or password.');
  await admin.close();
  await user.close();
});

test('non-admins get 403 on user management', async ({ page }) => {
  await signIn(page, 'reviewer');
  expect((await page.goto('/admin/users'))?.status()).toBe(403);
});
