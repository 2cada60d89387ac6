import type { ROLLUP_AXES } from '@/db/schema';
import type { Point } from './downsample';

export type RollupAxis = (typeof ROLLUP_AXES)[number];

/**
 * Points per bucket at each level; each level is four times coarser than the one below it, so a
 * window reads at most about four times the buckets it needs. Together they hold about one row for
 * every twelve points, per axis.
 */
export const ROLLUP_WIDTHS = [16, 64, 256, 1024, 4096, 16384] as const;

export interface Bucket {
  level: number;
  firstX: number;
  lastX: number;
  count: number;
  stepMin: number;
  stepMax: number;
  lo: Point;
  hi: Point;
}

export const xOf = (axis: RollupAxis, p: Point): number => (axis === 'step' ? p.step : p.timestamp);

/** The order a history is read in along an axis: by x, then by the other coordinate, then by value. */
export function compareOn(axis: RollupAxis): (a: Point, b: Point) => number {
  return axis === 'step'
    ? (a, b) => a.step - b.step || a.timestamp - b.timestamp || a.value - b.value
    : (a, b) => a.timestamp - b.timestamp || a.step - b.step || a.value - b.value;
}

/**
 * Folds points, arriving in axis order, into the buckets of one level. It continues the level's last
 * (open) bucket, and starts a new bucket once one is full and x moves on, so no x value is split.
 * `touched()` is every bucket that changed: the open one first, then the new ones.
 */
export class RollupFolder {
  private readonly width: number;
  private readonly touchedBuckets: Bucket[] = [];
  private current: Bucket | null;

  constructor(
    private readonly axis: RollupAxis,
    private readonly level: number,
    open: Bucket | null,
  ) {
    this.width = ROLLUP_WIDTHS[level] as number;
    this.current = open ? { ...open } : null;
    if (this.current) this.touchedBuckets.push(this.current);
  }

  add(p: Point): void {
    const x = xOf(this.axis, p);
    const bucket = this.current;
    if (!bucket || (bucket.count >= this.width && x !== bucket.lastX)) {
      this.current = { level: this.level, firstX: x, lastX: x, count: 1, stepMin: p.step, stepMax: p.step, lo: p, hi: p };
      this.touchedBuckets.push(this.current);
      return;
    }
    bucket.lastX = x;
    bucket.count += 1;
    if (p.step < bucket.stepMin) bucket.stepMin = p.step;
    if (p.step > bucket.stepMax) bucket.stepMax = p.step;
    if (p.value < bucket.lo.value) bucket.lo = p;
    if (p.value > bucket.hi.value) bucket.hi = p;
  }

  touched(): Bucket[] {
    return this.touchedBuckets;
  }
}
