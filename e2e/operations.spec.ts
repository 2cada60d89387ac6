import { expect, test, type APIResponse, type Page, type Response } from '@playwright/test';
import { demoUser, signIn } from './helpers';

/** The headers every response carries, whatever served it. */
function expectSecurityHeaders(response: Response | APIResponse, what: string): string {
  const headers = response.headers();
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  // Plain HTTP here: HSTS would be ignored by the browser, so it is not sent.
  expect(headers['strict-transport-security'], what).toBeUndefined();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).not.toContain('unsafe-eval');
  return csp;
}

function expectNonceCsp(csp: string): void {
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
}

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  return violations;
}

test('pages, API answers, static files and 404s carry the security headers', async ({ page }) => {
  const violations = collectCspViolations(page);
  const login = await page.goto('/login');
  expectNonceCsp(expectSecurityHeaders(login!, 'sign-in page'));

  await signIn(page, 'viewer', '/models');
  const models = await page.goto('/models');
  const csp = expectSecurityHeaders(models!, 'catalogue page');
  expectNonceCsp(csp);
  // Every script in the HTML carries this render's nonce (the browser hides it from the DOM, so read the source).
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  const scriptTags = (await models!.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length).toBeGreaterThan(0);
  expect(scriptTags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  const second = await page.goto('/models');
  expect(second!.headers()['content-security-policy']).not.toBe(csp);

  const api = await page.request.get('/api/v1/models');
  expect(api.status()).toBe(200);
  expect(expectSecurityHeaders(api, 'API answer')).toBe("default-src 'none'; frame-ancestors 'none'");

  const asset = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  const stat = await page.request.get(asset!);
  expect(stat.status()).toBe(200);
  expectSecurityHeaders(stat, 'static asset');

  const missingPage = await page.goto('/no/such/page');
  expect(missingPage!.status()).toBe(404);
  expectNonceCsp(expectSecurityHeaders(missingPage!, '404 page'));
  const missingAsset = await page.request.get('/_next/static/chunks/no-such-chunk.js');
  expect(missingAsset.status()).toBe(404);
  expectSecurityHeaders(missingAsset, '404 asset');
  expect(violations).toEqual([]);
});

test('signed-in pages with charts, menus and forms load without a single CSP violation', async ({ page }) => {
  const violations = collectCspViolations(page);
  await signIn(page, 'admin', '/');
  for (const path of ['/', '/models', '/models/iris-species-classifier', '/models/seattle-weather-classifier/versions/3/monitoring', '/compare?v=iris-species-classifier%401&v=iris-species-classifier%402', '/admin/webhooks']) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(200);
    await page.waitForLoadState('load');
  }
  // Hydrated: a client component answers a click.
  await page.getByRole('button', { name: /Account menu/ }).click();
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('health and readiness answer without signing in, and are never redirected', async ({ request }) => {
  const health = await request.get('/api/health', { maxRedirects: 0 });
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });
  expectSecurityHeaders(health, '/api/health');
  const ready = await request.get('/api/ready', { maxRedirects: 0 });
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready' });
});

test('the image optimizer is switched off: nothing decodes images a caller names', async ({ request }) => {
  const optimized = await request.get('/_next/image?url=%2Ficon.svg&w=64&q=75');
  expect(optimized.status()).toBe(404);
});

test('a crafted callback-url cookie neither signs the user out nor breaks Auth.js, and is forgotten', async ({ page, context }) => {
  await signIn(page, 'viewer', '/models');
  await context.addCookies([{ name: 'authjs.callback-url', value: '%00', url: new URL(page.url()).origin }]);
  const models = await page.goto('/models');
  expect(models!.status()).toBe(200);
  await expect(page).toHaveURL(/\/models$/);
  await expect(page.getByTestId('user-role')).toHaveText('Viewer');
  expect((await context.cookies()).map((c) => c.name)).not.toContain('authjs.callback-url');
  await context.addCookies([{ name: 'authjs.callback-url', value: '%ZZ', url: new URL(page.url()).origin }]);
  const session = await page.request.get('/api/auth/session');
  expect(session.status()).toBe(200);
  expect(await session.json()).toMatchObject({ user: { email: demoUser('viewer').email } });
});

test('every answer carries a request id, reusing a sane one the caller sent', async ({ request }) => {
  const fresh = await request.get('/api/health');
  expect(fresh.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  const other = await request.get('/api/health');
  expect(other.headers()['x-request-id']).not.toBe(fresh.headers()['x-request-id']);

  const auth = await request.get('/api/auth/csrf', { headers: { 'x-request-id': 'e2e-auth' } });
  expect(auth.status()).toBe(200);
  expect(auth.headers()['x-request-id']).toBe('e2e-auth');
  const reused = await request.get('/api/v1/models', { headers: { 'x-request-id': 'e2e-trace.42' } });
  expect(reused.status()).toBe(401);
  expect(reused.headers()['x-request-id']).toBe('e2e-trace.42');
  const replaced = await request.get('/login', { headers: { 'x-request-id': 'x'.repeat(65) } });
  expect(replaced.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  const redirected = await request.get('/models', { maxRedirects: 0, headers: { 'x-request-id': 'e2e-redirect' } });
  expect(redirected.status()).toBe(307);
  expect(redirected.headers()['x-request-id']).toBe('e2e-redirect');
});
