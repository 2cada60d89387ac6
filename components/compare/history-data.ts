import type { HistoryAxis, HistorySeries } from '@/lib/compare/types';
import { ema } from './ema';
import { formatDateTime } from './time-format';

/** A point of one line: its x, raw value `v` and, when smoothing is on, smoothed value `s`. */
export interface LinePoint {
  x: number;
  v: number;
  s?: number;
}

/**
 * Each series as its own line data. Lines keep their own points rather than sharing rows on a
 * merged x axis: ten versions sampled at different x values would otherwise give every line ten
 * times the rows to walk. Smoothing runs per series over the points it shows.
 */
export function lineData(series: readonly HistorySeries[], smoothing: number): LinePoint[][] {
  return series.map((s) => {
    const smoothed = smoothing > 0 ? ema(s.value, smoothing) : null;
    return s.x.map((x, j) => {
      const v = s.value[j] as number;
      return smoothed ? { x, v, s: smoothed[j] ?? v } : { x, v };
    });
  });
}

/**
 * The x and y range of all lines. The lines are drawn outside Recharts' data model, so the axes get
 * their domains from here.
 */
export function extent(lines: readonly LinePoint[][]): { x: [number, number]; y: [number, number] } {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const points of lines) {
    for (const p of points) {
      if (p.x < x0) x0 = p.x;
      if (p.x > x1) x1 = p.x;
      for (const y of p.s === undefined ? [p.v] : [p.v, p.s]) {
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  return x0 > x1 ? { x: [0, 1], y: [0, 1] } : { x: [x0, x1], y: [y0, y1] };
}

/** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least `rough`. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  return (([1, 2, 2.5, 5, 10].find((m) => m * power >= rough * (1 - 1e-9)) ?? 10) * power);
}

/**
 * A linear axis around [lo, hi] with about five round ticks, as Recharts' 'auto' domain would give,
 * but from the extent already known instead of another pass over every point.
 */
export function niceTicks([lo, hi]: [number, number], count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) {
    const pad = Math.abs(lo) / 10 || 1;
    return niceTicks([lo - pad, hi + pad], count);
  }
  const step = niceStep((hi - lo) / (count - 1));
  const first = Math.floor(lo / step);
  const last = Math.ceil(hi / step);
  return Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toPrecision(12)));
}

/** Ticks for a log axis over positive [lo, hi]: the powers of ten around it, with 2× and 5× when they are too few. */
export function logTicks([lo, hi]: [number, number]): number[] {
  if (!(lo > 0) || !(hi > 0)) return [1, 10];
  const first = Math.floor(Math.log10(lo));
  const last = Math.max(first + 1, Math.ceil(Math.log10(hi)));
  const powers = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const multiples = powers.length < 4 ? [1, 2, 5] : [1];
  return powers.flatMap((e) => multiples.map((m) => Number((m * 10 ** e).toPrecision(12)))).filter((t) => t <= 10 ** last);
}

/** The point of a line nearest to `x`, or none when `x` lies outside the line. Points are sorted by x. */
export function nearestPoint(points: readonly LinePoint[], x: number): LinePoint | undefined {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || x < first.x || x > last.x) return undefined;
  let lo = 0;
  let hi = points.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((points[mid] as LinePoint).x <= x) lo = mid;
    else hi = mid;
  }
  const [a, b] = [points[lo] as LinePoint, points[hi] as LinePoint];
  return x - a.x <= b.x - x ? a : b;
}

/** One table row per distinct x across all series, sorted, with each series' value logged there (by index). */
export function mergeSeries(series: readonly HistorySeries[]): { x: number; values: (number | undefined)[] }[] {
  const rows = new Map<number, (number | undefined)[]>();
  series.forEach((s, i) => {
    s.x.forEach((x, j) => {
      const values = rows.get(x) ?? Array<number | undefined>(series.length).fill(undefined);
      values[i] = s.value[j];
      rows.set(x, values);
    });
  });
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([x, values]) => ({ x, values }));
}

/** A log axis can only show strictly positive values. */
export const allPositive = (series: readonly HistorySeries[]): boolean => series.every((s) => s.value.every((v) => v > 0));

/** The visible window as text, e.g. `steps 200–400`; e2e tests read it to check a zoom. */
export function describeWindow(axis: HistoryAxis, from: number | null, to: number | null): string {
  const format = axis === 'step' ? (x: number) => x.toLocaleString('en') : formatDateTime;
  const noun = axis === 'step' ? 'steps' : 'time';
  if (from === null && to === null) return `all ${axis === 'step' ? 'steps' : 'times'}`;
  return `${noun} ${from === null ? 'start' : format(from)}–${to === null ? 'end' : format(to)}`;
}

/** `n of N points` when the server downsampled the series, else `N points`. */
export function pointsNote(series: HistorySeries): string {
  const total = `${series.totalPoints.toLocaleString('en')} points`;
  return series.x.length < series.totalPoints ? `${series.x.length.toLocaleString('en')} of ${total}` : total;
}
