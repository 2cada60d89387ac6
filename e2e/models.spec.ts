import { expect, test } from '@playwright/test';
import { signIn, toast } from './helpers';

test('a data scientist creates a model, with field errors for bad input first', async ({ page }) => {
  await signIn(page, 'data_scientist');
  await page.getByRole('link', { name: 'New model' }).click();
  await page.getByLabel('Name').fill('bad name!');
  await page.getByRole('button', { name: 'Create model' }).click();
  await expect(page.locator('#name-error')).toContainText('letters, digits');
  await expect(page.locator('#taskType-error')).toContainText('Choose a task type');
  await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Name').fill('iris-species-classifier');
  await page.getByLabel('Task type').selectOption('classification');
  await page.getByRole('button', { name: 'Create model' }).click();
  await expect(page.locator('#name-error')).toHaveText('This name is taken.');

  await page.getByLabel('Name').fill('e2e-churn-predictor');
  await page.getByLabel('Description').fill('Predicts **churn** for the retention team.');
  await page.getByLabel('Task type').selectOption('classification');
  await page.getByLabel('Risk tier').selectOption('medium');
  await page.getByLabel('Tags').fill('domain=retention, pii');
  await page.getByRole('button', { name: 'Create model' }).click();
  await expect(page).toHaveURL(/\/models\/e2e-churn-predictor$/);
  await expect(page.getByRole('heading', { level: 1, name: 'e2e-churn-predictor' })).toBeVisible();
  await expect(page.locator('strong', { hasText: 'churn' })).toBeVisible();
  await expect(page.getByText('domain: retention')).toBeVisible();
  await expect(page.getByText('No versions yet')).toBeVisible();
});

test('an unknown model or version gets the 404 page', async ({ page }) => {
  await signIn(page, 'viewer');
  for (const path of ['/models/no-such-model', '/models/iris-species-classifier/versions/99', '/models/iris-species-classifier/versions/abc']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  }
});

test('the owner moves an alias and edits the model card of a version', async ({ page }) => {
  await signIn(page, 'data_scientist', '/models/penguin-body-mass-regressor');
  await page.getByLabel('Alias', { exact: true }).fill('e2e-candidate');
  await page.getByLabel('Version', { exact: true }).selectOption('2');
  await page.getByRole('button', { name: 'Set alias' }).click();
  await expect(toast(page, 'Alias @e2e-candidate now points to version 2.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Aliases', exact: true })).toContainText('@e2e-candidate → v2');

  await page.goto('/models/penguin-body-mass-regressor/versions/1');
  const completeness = page.getByTestId('card-completeness');
  await expect(completeness).toContainText('0 of 8 sections');
  await page.getByLabel('Limitations').fill('Only three penguin species from the Palmer archipelago.');
  await page.getByRole('button', { name: 'Save model card' }).click();
  const saved = toast(page, 'Model card saved.');
  await expect(saved).toBeVisible();
  await expect(completeness).toContainText('1 of 8 sections');
  await page.getByRole('region', { name: /^Notifications/ }).getByRole('button', { name: 'Dismiss' }).click();
  await expect(saved).toHaveCount(0);
});
