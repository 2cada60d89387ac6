import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/find-chromium.mjs';

/**
 * Loads a page in real Chromium with an empty cache, as a first visit does, and times it until
 * `ready` holds in the page (e.g. every chart drawn). Counts the bytes the server sent until then:
 * response bodies as they came over the wire (compressed) plus headers, per resource type.
 */
export async function loadInChromium(base, cookie, path, { ready, runs, timeoutMs = 30_000 }) {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const cookies = cookie.split('; ').map((pair) => {
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
  });
  const loads = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addCookies(cookies);
      const page = await context.newPage();
      const finished = [];
      page.on('requestfinished', (request) => finished.push(request));
      await page.goto(`${base}${path}`, { waitUntil: 'commit' });
      await page.waitForFunction(ready, undefined, { timeout: timeoutMs, polling: 'raf' });
      const readyMs = await page.evaluate(() => performance.now());
      const loaded = [...finished];
      // Let the page's link prefetches finish, so they do not queue in front of the next load's document.
      await page.waitForLoadState('networkidle');
      const navigation = await page.evaluate(() => {
        const [n] = performance.getEntriesByType('navigation');
        return { responseEndMs: n?.responseEnd ?? null, domContentLoadedMs: n?.domContentLoadedEventEnd ?? null };
      });
      const bytes = {};
      for (const request of loaded) {
        const sizes = await request.sizes();
        const type = request.resourceType();
        bytes[type] = (bytes[type] ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize;
      }
      loads.push({ readyMs: Math.round(readyMs), ...roundAll(navigation), requests: loaded.length, bytes, totalBytes: Object.values(bytes).reduce((a, b) => a + b, 0) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return loads;
}

const roundAll = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === null ? null : Math.round(v)]));
