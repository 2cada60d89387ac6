import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test('pick three versions, read deltas and the best value, and narrow params to differences', async ({ page }) => {
  await signIn(page, 'viewer', '/models/iris-species-classifier');
  for (const v of [1, 2, 4]) await page.getByRole('checkbox', { name: `Compare version ${v}` }).check();
  await page.getByRole('button', { name: 'Compare selected' }).click();
  await expect(page).toHaveURL(/\/compare\?v=iris-species-classifier%404&v=iris-species-classifier%402&v=iris-species-classifier%401$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Compare 3 versions' })).toBeVisible();

  const accuracy = page.getByTestId('metric-row-accuracy');
  await expect(accuracy.locator('[data-best]')).toHaveCount(1);
  await expect(accuracy.locator('[data-best]')).toContainText('(best)');
  await expect(accuracy.getByText(/^[+-]\d/).first()).toBeVisible();

  const params = page.getByTestId('diff-table-parameters').locator('tbody tr');
  const differing = await params.count();
  expect(differing).toBeGreaterThan(0);
  await expect(params.and(page.locator('[data-differs]'))).toHaveCount(differing);
  await page.getByRole('link', { name: 'Show all rows' }).click();
  await expect(page).toHaveURL(/all=1/);
  await expect(page.getByRole('link', { name: 'Show differences only' })).toBeVisible();
  expect(await params.count()).toBeGreaterThan(differing);

  await page.getByRole('link', { name: 'make baseline of iris-species-classifier v1' }).click();
  await expect(page.getByText('(baseline)').first()).toBeVisible();
  await expect(page).toHaveURL(/base=iris-species-classifier%401/);

  const history = page.getByTestId('history-chart-accuracy');
  await expect(page.getByTestId('history-window-accuracy')).toHaveText('all steps');
  // One drawn line per version, each a real path through the chart's scales.
  await expect(history.locator('path.history-line')).toHaveCount(3);
  for (const d of await history.locator('path.history-line').evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''))) expect(d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
  await history.getByLabel('From step').fill('2');
  await history.getByLabel('To step').fill('5');
  await history.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('history-window-accuracy')).toHaveText('steps 2–5');
  await expect(history).toHaveAttribute('aria-busy', 'false');
  const plot = history.locator('.recharts-surface');
  const box = (await plot.boundingBox())!;
  await plot.hover({ position: { x: box.width / 2, y: box.height / 2 } });
  const tooltip = history.getByTestId('history-tooltip');
  await expect(tooltip).toContainText(/step [2-5]/);
  for (const label of ['v1:', 'v2:', 'v4:']) await expect(tooltip).toContainText(label);
  await history.getByText('Data table').click();
  await expect(history.locator('table tbody tr').first()).toBeVisible();
  await history.getByText('Data table').click();
  await page.mouse.move(0, 0);
  await expect(tooltip).toHaveCount(0);

  const f1 = page.getByTestId('history-chart-f1_macro');
  await expect(page.getByTestId('history-window-f1_macro')).toHaveText('all steps');
  const area = (await f1.getByTestId('history-pointer').boundingBox())!;
  await page.mouse.move(area.x + area.width * 0.3, area.y + area.height / 2);
  await page.mouse.down();
  await page.mouse.move(area.x + area.width * 0.6, area.y + area.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('history-window-f1_macro')).toHaveText(/^steps \d+–\d+$/);
  await expect(f1).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('metric-bars-accuracy')).toBeVisible();
  await expect(page.getByTestId('tradeoff-scatter')).toBeVisible();
  await expect(page.getByTestId('trend-chart')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'e2e/screenshots/compare.png', fullPage: true });
});

test('a bad pick is explained on the page, never a crash', async ({ page }) => {
  await signIn(page, 'viewer', '/models');
  const cases: [string, string][] = [
    ['v=iris-species-classifier@1', 'Pick at least two versions to compare.'],
    ['v=iris-species-classifier@1&v=iris-species-classifier@99', 'No such version: iris-species-classifier@99.'],
    ['v=a@1&v=../x', 'Not a version reference'],
    [Array.from({ length: 11 }, (_, i) => `v=m@${i + 1}`).join('&'), 'Compare at most 10 versions'],
  ];
  for (const [query, message] of cases) {
    const response = await page.goto(`/compare?${query}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText(message)).toBeVisible();
  }
});

test('compare the latest versions of two models from the catalogue', async ({ page }) => {
  await signIn(page, 'viewer', '/models');
  await page.getByRole('checkbox', { name: 'Compare the latest version of iris-species-classifier' }).check();
  await page.getByRole('checkbox', { name: 'Compare the latest version of penguin-species-classifier' }).check();
  await page.getByRole('button', { name: 'Compare latest versions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare 2 versions' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /iris-species-classifier v4/ }).first()).toBeVisible();
  await expect(page.getByTestId('metric-row-accuracy').locator('[data-best]')).toHaveCount(1);
});
