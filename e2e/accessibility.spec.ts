import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn, type DemoRole } from './helpers';

/** Every page of the app, each as a role that may open it. */
const PAGES: [DemoRole, string][] = [
  ['admin', '/models'],
  ['admin', '/models/new'],
  ['admin', '/models/seattle-weather-classifier'],
  ['admin', '/models/seattle-weather-classifier/versions/3'],
  ['admin', '/models/seattle-weather-classifier/versions/3/monitoring'],
  ['admin', '/models/car-origin-classifier/deployments'],
  ['admin', '/models/iris-species-classifier/report'],
  ['admin', '/compare?v=car-origin-classifier@3&v=car-origin-classifier@4'],
  ['admin', '/alerts'],
  ['reviewer', '/reviews'],
  ['admin', '/reviews?status=decided'],
  ['admin', '/audit'],
  ['admin', '/api-docs'],
  ['admin', '/settings/tokens'],
  ['admin', '/admin/users'],
  ['admin', '/admin/webhooks'],
  ['admin', '/admin/retention'],
];

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

test('the sign-in page has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('/login');
  expect(await seriousViolations(page)).toEqual([]);
});

for (const [role, path] of PAGES) {
  test(`${path} has no serious or critical accessibility violation`, async ({ page }) => {
    await signIn(page, role, path);
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
  });
}
