import 'server-only';

/** Weekly buckets shared by the overview's charts. UTC has no daylight saving, so every week is exactly 7 days. */
export const WEEK_MS = 7 * 24 * 3_600_000;
const WEEKS_SHOWN = 26;

/** Monday 00:00 UTC of the week holding `ms`. */
function weekStartOf(ms: number): number {
  const d = new Date(ms);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - sinceMonday);
}

/** The starts of the last `weeks` weeks, oldest first, ending with the current week. */
export function weekStarts(now: number, weeks = WEEKS_SHOWN): number[] {
  const current = weekStartOf(now);
  return Array.from({ length: weeks }, (_, i) => current - (weeks - 1 - i) * WEEK_MS);
}

/** Which bucket a moment falls in, or -1 outside the window. */
export function weekIndex(starts: number[], ms: number): number {
  const first = starts[0];
  if (first === undefined) return -1;
  const i = Math.floor((ms - first) / WEEK_MS);
  return i >= 0 && i < starts.length ? i : -1;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
