import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

/** Control+K, pressed again only if the first press came before the page had hydrated. */
async function pressControlK(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Search Modelboard' });
  await expect(async () => {
    if (!(await dialog.isVisible())) await page.keyboard.press('Control+K');
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

test('Ctrl-K jumps to a model and to a version, and Escape gives focus back', async ({ page }) => {
  await signIn(page, 'viewer');
  const dialog = page.getByRole('dialog', { name: 'Search Modelboard' });
  const input = dialog.getByRole('combobox', { name: 'Search pages, models and versions' });
  const selected = dialog.locator('[role="option"][aria-selected="true"]');

  await pressControlK(page);
  await expect(input).toBeFocused();
  // Before anything is typed the pages the viewer may open are listed; the arrows move the selection.
  await expect(selected).toHaveText(/^Overview/);
  await expect(dialog.getByRole('option', { name: /^Users/ })).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await expect(selected).toHaveText(/^Models/);
  await expect(input).toHaveAttribute('aria-activedescendant', (await selected.getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await expect(selected).toHaveText(/^Overview/);

  await input.pressSequentially('penguin sp');
  const penguin = dialog.getByRole('option', { name: /^penguin-species-classifier/ });
  await expect(penguin).toBeVisible();
  await expect(dialog.getByRole('listbox').getByRole('option')).toHaveCount(1);
  // One option: the arrows wrap around onto it.
  await page.keyboard.press('ArrowDown');
  await expect(penguin).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/models\/penguin-species-classifier$/);
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+K');
  await input.fill('iris@3');
  const version = dialog.getByRole('option', { name: /^iris-species-classifier v3/ });
  await expect(version).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/models\/iris-species-classifier\/versions\/3$/);

  const models = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Models' });
  await models.focus();
  await page.keyboard.press('Control+K');
  await expect(input).toBeFocused();
  await input.fill('no-such-model-anywhere');
  await expect(dialog.getByText('No model or version matches “no-such-model-anywhere”.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(models).toBeFocused();
});

test('the header button opens the palette for mouse and touch users', async ({ page }) => {
  await signIn(page, 'viewer');
  const button = page.getByRole('button', { name: /^Search…/ });
  const dialog = page.getByRole('dialog', { name: 'Search Modelboard' });
  // A click before hydration does nothing yet: click until the dialog shows.
  await expect(async () => {
    if (!(await dialog.isVisible())) await button.click();
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await dialog.getByRole('combobox').fill('iris sp');
  await dialog.getByRole('option', { name: /^iris-species-classifier/ }).click();
  await expect(page).toHaveURL(/\/models\/iris-species-classifier$/);
  await button.click();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
});
