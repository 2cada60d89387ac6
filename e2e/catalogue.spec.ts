import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

const DEMO_MODELS = ['car-mpg-regressor', 'car-origin-classifier', 'iris-species-classifier', 'penguin-body-mass-regressor', 'penguin-species-classifier', 'seattle-weather-classifier'];

const rowNames = (page: import('@playwright/test').Page) => page.locator('tbody tr td:nth-child(2) > a').allTextContents();

test.beforeEach(async ({ page }) => {
  await signIn(page, 'viewer');
});

test('lists the demo workspace and saves a screenshot for the README', async ({ page }) => {
  // Other specs create models in parallel, so assert the demo models rather than a total.
  await expect(page.getByText(/\d+ models registered/)).toBeVisible();
  expect(await rowNames(page)).toEqual(expect.arrayContaining(DEMO_MODELS));
  await page.screenshot({ path: path.join(__dirname, 'screenshots', 'catalogue.png') });
});

test('searches, filters and sorts, all kept in the URL', async ({ page }) => {
  await page.getByRole('searchbox', { name: 'Search' }).fill('penguin');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/q=penguin/);
  await expect(page.getByText('2 models match this view')).toBeVisible();
  expect((await rowNames(page)).sort()).toEqual(['penguin-body-mass-regressor', 'penguin-species-classifier']);

  await page.getByLabel('Task', { exact: true }).selectOption('regression');
  await expect(page).toHaveURL(/task=regression/);
  expect(await rowNames(page)).toEqual(['penguin-body-mass-regressor']);

  await page.reload();
  expect(await rowNames(page)).toEqual(['penguin-body-mass-regressor']);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('penguin');

  await page.goto('/models?has=production&sort=name');
  expect(await rowNames(page)).toEqual(['car-mpg-regressor', 'car-origin-classifier', 'iris-species-classifier', 'penguin-species-classifier', 'seattle-weather-classifier']);
  await page.getByRole('link', { name: /^Name/ }).click();
  await expect(page).toHaveURL(/dir=desc/);
  expect((await rowNames(page))[0]).toBe('seattle-weather-classifier');
});

test('filters by risk tier and tag, and shows an empty state with a way out', async ({ page }) => {
  await page.goto('/models?risk=high');
  expect(await rowNames(page)).toEqual(['car-mpg-regressor']);
  await page.goto('/models?tag=domain%3Dautomotive&sort=name');
  expect(await rowNames(page)).toEqual(['car-mpg-regressor', 'car-origin-classifier']);
  await page.goto('/models?q=no-such-model-anywhere');
  await expect(page.getByText('No model matches this view')).toBeVisible();
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/models$/);
  expect(await rowNames(page)).toEqual(expect.arrayContaining(DEMO_MODELS));
});
