import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

const LIVE_DEMO_MODELS = ['car-mpg-regressor', 'car-origin-classifier', 'iris-species-classifier', 'penguin-species-classifier', 'seattle-weather-classifier'];

const countOf = async (page: Page, key: string) => Number((await page.getByTestId(`count-${key}`).locator('span').nth(1).textContent())?.replace(/,/g, ''));

test.beforeEach(async ({ page }) => {
  await signIn(page, 'viewer', '/');
});

test('a stakeholder sees the counts, the trends and the production health of the demo, and a screenshot is saved', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');

  // Other specs add models and requests in parallel: the demo's own numbers are the floor, production is exact.
  await expect(page.getByTestId('count-models')).toBeVisible();
  expect(await countOf(page, 'models')).toBeGreaterThanOrEqual(6);
  expect(await countOf(page, 'production')).toBe(5);
  expect(await countOf(page, 'pending')).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('count-alerts')).toContainText(/\d+ critical · \d+ warning/);

  for (const testId of ['chart-production', 'chart-alerts', 'chart-lead-time']) {
    await expect(page.getByTestId(testId).getByRole('img').first()).toBeVisible();
  }
  await expect(page.getByTestId('chart-production').getByRole('img').first()).toHaveAttribute('aria-label', /models in production/);

  const health = page.getByTestId('health-table');
  for (const model of LIVE_DEMO_MODELS) await expect(health.getByRole('link', { name: model, exact: true })).toBeVisible();
  await expect(health.getByRole('link', { name: 'penguin-body-mass-regressor' })).toHaveCount(0);
  const weather = page.getByTestId('health-seattle-weather-classifier');
  await expect(weather.getByText('drift', { exact: true })).toBeVisible();
  await expect(weather).toContainText(/\d+ of \d+ columns drifted/);
  await expect(weather).toContainText(/accuracy.*in production vs \d\.\d+ in evaluation/);
  await expect(page.getByTestId('health-iris-species-classifier')).toContainText('not monitored');

  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.screenshot({ path: path.join(__dirname, 'screenshots', 'overview.png'), fullPage: true });
});

test('every card links to the page that lists what it counts', async ({ page }) => {
  await page.getByTestId('count-production').click();
  await expect(page).toHaveURL(/\/models\?has=production$/);
  await page.goto('/');
  await page.getByTestId('health-seattle-weather-classifier').getByRole('link', { name: /open alerts of seattle-weather-classifier/ }).click();
  await expect(page).toHaveURL(/\/alerts\?model=seattle-weather-classifier$/);
  await page.goto('/');
  await page.getByTestId('health-seattle-weather-classifier').getByRole('link', { name: 'v3' }).click();
  await expect(page).toHaveURL(/\/models\/seattle-weather-classifier\/versions\/3$/);
});

test('the overview fits a 390-pixel phone without sideways scrolling', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signIn(page, 'viewer', '/');
  await expect(page.getByTestId('count-production')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
