import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

interface Stop {
  name: string;
  visibleFocus: boolean;
}

/** Tabs through the page and records, for each element that takes the focus, whether the focus can be seen. */
async function tabThrough(page: Page, limit: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const ring = style.boxShadow !== 'none';
      const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
      return { name: `${el.tagName.toLowerCase()} "${label}"`, visibleFocus: outline || ring };
    });
    if (stop) stops.push(stop);
  }
  return stops;
}

for (const path of ['/', '/models', '/reviews', '/alerts', '/models/penguin-species-classifier/versions/2']) {
  test(`every control on ${path} is reached by Tab and shows where the focus is`, async ({ page }) => {
    await signIn(page, 'reviewer', path);
    const stops = await tabThrough(page, 40);
    expect(stops[0]?.name).toBe('a "Skip to content"');
    expect(stops.length).toBeGreaterThan(10);
    expect(stops.filter((s) => !s.visibleFocus).map((s) => s.name)).toEqual([]);
  });
}
