import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

const MODEL = 'e2e-xss-probe';

/** Stored-XSS payloads: each would set window.__xss (or open a dialog) if it ever ran. */
const PAYLOADS = [
  '<script>window.__xss = "script"</script>',
  '<img src="x" onerror="window.__xss = \'img\'">',
  '<svg onload="window.__xss = \'svg\'"></svg>',
  '"><iframe src="javascript:window.__xss=\'iframe\'"></iframe>',
  '<a href="javascript:window.__xss=\'raw-link\'">raw link</a>',
  '[markdown link](javascript:window.__xss=\'md-link\')',
  '[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![image](x" onerror="window.__xss=\'md-img\')',
  '<details open ontoggle="window.__xss = \'details\'">x</details>',
].join('\n\n');

async function expectInert(page: Page, path: string) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(path);
  await expect(page.locator('main')).toContainText('markdown link');
  const injected = await page.evaluate(() => ({
    ran: (window as unknown as { __xss?: string }).__xss ?? null,
    scripts: [...document.querySelectorAll('main script')].length,
    handlers: [...document.querySelectorAll('main *')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    frames: document.querySelectorAll('main iframe, main svg[onload]').length,
    unsafeLinks: [...document.querySelectorAll('main a[href]')].filter((a) => /^(javascript|data):/i.test(a.getAttribute('href') ?? '')).length,
  }));
  expect(injected).toEqual({ ran: null, scripts: 0, handlers: 0, frames: 0, unsafeLinks: 0 });
  expect(dialogs).toEqual([]);
}

test('markdown from descriptions, model cards and comments renders as text: no stored payload runs in Chromium', async ({ page }) => {
  await signIn(page, 'data_scientist', '/models');
  const api = page.request;
  expect((await api.post('/api/v1/models', { data: { name: MODEL, taskType: 'classification', description: PAYLOADS, tags: { note: '<img src=x onerror=alert(1)>' } } })).status()).toBe(201);
  expect((await api.post(`/api/v1/models/${MODEL}/versions`, { data: { description: PAYLOADS } })).status()).toBe(201);
  expect((await api.put(`/api/v1/models/${MODEL}/versions/1/card`, { data: { overview: PAYLOADS, limitations: PAYLOADS } })).status()).toBe(200);
  expect((await api.post(`/api/v1/models/${MODEL}/versions/1/comments`, { data: { body: PAYLOADS } })).status()).toBe(201);

  await expectInert(page, `/models/${MODEL}`);
  await expectInert(page, `/models/${MODEL}/versions/1`);
});
