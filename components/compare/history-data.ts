import type { HistoryAxis, HistorySeries } from '@/lib/compare/types';
import { ema } from './ema';
import { formatDateTime } from './time-format';

/** A chart row: `x` plus the raw (`r<i>`) and smoothed (`s<i>`) value of each series `i` logged at that x. */
export interface HistoryRow {
  x: number;
  [series: string]: number;
}

// Index-based keys: refs such as `iris.rf@3` would be read by Recharts as nested paths.
export const rawKey = (series: number) => `r${series}`;
export const smoothKey = (series: number) => `s${series}`;

/**
 * One row per distinct x across all series, sorted, so the tooltip and the drag-to-zoom see every
 * series on the same axis. Smoothing runs per series over the points it shows.
 */
export function mergeSeries(series: readonly HistorySeries[], smoothing: number): HistoryRow[] {
  const rows = new Map<number, HistoryRow>();
  series.forEach((s, i) => {
    const smoothed = smoothing > 0 ? ema(s.points.map((p) => p.value), smoothing) : null;
    s.points.forEach((p, j) => {
      const row = rows.get(p.x) ?? { x: p.x };
      row[rawKey(i)] = p.value;
      if (smoothed) row[smoothKey(i)] = smoothed[j] ?? p.value;
      rows.set(p.x, row);
    });
  });
  return [...rows.values()].sort((a, b) => a.x - b.x);
}

/** A log axis can only show strictly positive values. */
export const allPositive = (series: readonly HistorySeries[]): boolean => series.every((s) => s.points.every((p) => p.value > 0));

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
  return series.points.length < series.totalPoints ? `${series.points.length.toLocaleString('en')} of ${total}` : total;
}
