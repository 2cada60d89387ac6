import { expect, test, type Page } from '@playwright/test';
import { signIn, signInAs, toast } from './helpers';

const PASSWORD = 'a-strong-password';

/** One sign-in through the form, waiting for its answer so the next attempt's password is not wiped by this one's reset. */
async function submitPassword(page: Page, password: string): Promise<void> {
  await page.getByLabel('Password').fill(password);
  await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login'), page.getByRole('button', { name: 'Sign in' }).click()]);
  await expect(page.getByLabel('Password')).toHaveValue('');
}

// A fresh account, not a demo one: other specs sign in as the demo users in parallel and must not find them locked.
test('an admin sees a locked account, clears the lock, and the right password signs in again', async ({ browser }) => {
  const admin = await browser.newPage();
  await signIn(admin, 'admin', '/admin/users');
  const email = `e2e-locked-${Date.now()}@modelboard.dev`;
  await admin.getByLabel('Name', { exact: true }).fill('Locked Viewer');
  await admin.getByLabel('Email', { exact: true }).fill(email);
  await admin.getByLabel('Initial password').fill(PASSWORD);
  await admin.getByRole('button', { name: 'Create user' }).click();
  await expect(toast(admin, `Account created for ${email}.`)).toBeVisible();

  const user = await browser.newPage();
  await user.goto('/login');
  await user.getByLabel('Email').fill(email);
  const alert = user.locator('form').getByRole('alert');
  for (let i = 1; i <= 5; i++) {
    await submitPassword(user, `wrong guess ${i}`);
    await expect(alert).toHaveText('Invalid email or password.');
  }
  await submitPassword(user, PASSWORD);
  await expect(alert).toHaveText('Too many failed sign-ins for this account. Try again in 15 minutes.');

  await admin.reload();
  const row = admin.getByTestId(`user-${email}`);
  await expect(row.getByText(/^Sign-in locked until \d\d:\d\d UTC$/)).toBeVisible();
  await row.getByRole('button', { name: 'Clear sign-in lock' }).click();
  await expect(toast(admin, `Sign-in unlocked for ${email}.`)).toBeVisible();
  await expect(row.getByText(/Sign-in locked until/)).toHaveCount(0);
  await expect(row.getByRole('button', { name: 'Clear sign-in lock' })).toHaveCount(0);

  await signInAs(user, email, PASSWORD);
  await expect(user.getByTestId('user-role')).toHaveText('Viewer');
  await admin.close();
  await user.close();
});
