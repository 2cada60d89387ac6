import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS } from '../db/seed/demo-users';

export type DemoRole = (typeof DEMO_USERS)[number]['role'];

export function demoUser(role: DemoRole) {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no demo user with role ${role}`);
  return user;
}

export async function signIn(page: Page, role: DemoRole, path = '/models'): Promise<void> {
  await signInAs(page, demoUser(role).email, DEMO_PASSWORD, path);
}

export async function signInAs(page: Page, email: string, password: string, path = '/models'): Promise<void> {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, '\\?')}$`));
}

/** A completed action's toast; scoped to the notifications region, so Radix's screen-reader copy of the text never matches too. */
export function toast(page: Page, text: string | RegExp) {
  return page.getByRole('region', { name: /^Notifications/ }).getByText(text);
}
