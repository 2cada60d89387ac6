import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

interface Stop {
  name: string;
  visibleFocus: boolean;
}

// Far more stops than any of these pages has: the walk ends when the focus leaves the page or wraps.
const MAX_STOPS = 400;

/**
 * Tabs through the whole page and records, for each element that takes the focus, whether the focus
 * can be seen: its outline or box shadow while focused must differ from its look without the focus.
 */
async function tabThrough(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < MAX_STOPS; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const look = () => {
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` : '';
        return `${outline}|${style.boxShadow}`;
      };
      const focused = look();
      el.blur();
      const unfocused = look();
      el.focus();
      const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
      return { name: `${el.tagName.toLowerCase()} "${label}"`, visibleFocus: focused !== unfocused && focused !== '|none' };
    });
    if (!stop || stop.name === stops[0]?.name) break;
    stops.push(stop);
  }
  return stops;
}

for (const path of ['/', '/models', '/reviews', '/alerts', '/models/penguin-species-classifier/versions/2']) {
  test(`every control on ${path} is reached by Tab and shows where the focus is`, async ({ page }) => {
    await signIn(page, 'reviewer', path);
    const stops = await tabThrough(page);
    expect(stops[0]?.name).toBe('a "Skip to content"');
    expect(stops.length).toBeGreaterThan(10);
    expect(stops.length).toBeLessThan(MAX_STOPS);
    expect(stops.filter((s) => !s.visibleFocus).map((s) => s.name)).toEqual([]);
  });
}
