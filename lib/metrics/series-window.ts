import 'server-only';
import { preparedPerConnection } from '@/lib/prepared';
import { downsampleMinMax, type Point } from './downsample';
import { POINTS_OF as POINTS } from './history-points';
import { ROLLUP_WIDTHS, type RollupAxis } from './rollup-fold';
import { RAW_LIMIT, buildRollups, rollupState } from './rollup-store';

interface SeriesWindow {
  /** Points of the history inside the window. */
  totalPoints: number;
  /** At most the asked number of them, keeping the first, the last, and the peaks and troughs. */
  points: Point[];
}

const INTERIOR = `FROM metric_rollups WHERE run_id = ? AND key = ? AND axis = ? AND level = ? AND first_x >= ? AND first_x <= ? AND last_x <= ?`;
type InteriorRow = [firstX: number, lastX: number, loStep: number, loTime: number, loValue: number, hiStep: number, hiTime: number, hiValue: number];

interface Span {
  runId: number;
  key: string;
  axis: RollupAxis;
  from: number;
  to: number;
}

/** The start of the bucket that holds `from` (or `from` itself when none does): later buckets are the ones to look at. */
const HOLDING_FROM = `coalesce((SELECT max(first_x) FROM metric_rollups r WHERE r.run_id = @runId AND r.key = @key AND r.axis = @axis AND r.level = 0 AND r.first_x <= @from), @from)`;

const statements = preparedPerConnection((db) => ({
  stepRange: db.$client.prepare<unknown[], Point>(`${POINTS} AND step BETWEEN ? AND ? ORDER BY step, timestamp, value`),
  /** A short history's time range: a scan of its few points. */
  timeScan: db.$client.prepare<unknown[], Point>(`${POINTS} AND timestamp BETWEEN ? AND ? ORDER BY timestamp, step, value`),
  stepCount: db.$client.prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM metric_history WHERE run_id = ? AND key = ? AND step BETWEEN ? AND ?`),
  /** A time range through the step index: the caller bounds the steps from the finest time buckets. */
  timeRange: db.$client.prepare<unknown[], Point>(`${POINTS} AND step BETWEEN ? AND ? AND timestamp BETWEEN ? AND ? ORDER BY timestamp, step, value`),
  timeCount: db.$client.prepare<unknown[], { n: number }>(
    'SELECT count(*) AS n FROM metric_history WHERE run_id = ? AND key = ? AND step BETWEEN ? AND ? AND timestamp BETWEEN ? AND ?',
  ),
  /** Steps spanned by the finest time buckets that overlap [from, to]: the bucket holding `from`, and those after it up to `to`. */
  timeSteps: db.$client.prepare<[Span], { lo: number | null; hi: number | null }>(
    `SELECT min(step_min) AS lo, max(step_max) AS hi FROM metric_rollups WHERE run_id = @runId AND key = @key AND axis = @axis AND level = 0
       AND first_x <= @to AND first_x >= ${HOLDING_FROM}`,
  ),
  /** The finest bucket holding the window's first point, and the one holding its last. */
  firstBucket: db.$client.prepare<[Span], { firstX: number; lastX: number }>(
    `SELECT first_x AS firstX, last_x AS lastX FROM metric_rollups WHERE run_id = @runId AND key = @key AND axis = @axis AND level = 0
       AND first_x >= ${HOLDING_FROM} AND first_x <= @to AND last_x >= @from ORDER BY first_x LIMIT 1`,
  ),
  lastBucket: db.$client.prepare<[Span], { firstX: number; lastX: number }>(
    `SELECT first_x AS firstX, last_x AS lastX FROM metric_rollups WHERE run_id = @runId AND key = @key AND axis = @axis AND level = 0
       AND first_x <= @to AND last_x >= @from ORDER BY first_x DESC LIMIT 1`,
  ),
  /** Rows as arrays, only what a chart needs: a window reads thousands of them. */
  interior: db.$client.prepare<unknown[], InteriorRow>(`SELECT first_x, last_x, lo_step, lo_time, lo_value, hi_step, hi_time, hi_value ${INTERIOR} ORDER BY first_x`).raw(),
  interiorSpan: db.$client.prepare<unknown[], { buckets: number; points: number | null; firstX: number | null; lastX: number | null }>(
    `SELECT count(*) AS buckets, sum(count) AS points, min(first_x) AS firstX, max(last_x) AS lastX ${INTERIOR}`,
  ),
}));

/**
 * Reads a history's window through its rollups, as a segment tree is read: the buckets of a level
 * that lie wholly inside [from, to], and the two edges left over from the level below, down to the
 * raw points. Bounds are inclusive; x values are integers, so an edge ends one before a bucket.
 */
class RollupReader {
  constructor(
    private readonly runId: number,
    private readonly key: string,
    private readonly axis: RollupAxis,
  ) {}

  count(level: number, from: number, to: number): number {
    if (from > to) return 0;
    if (level < 0) return this.rawCount(from, to);
    const span = statements().interiorSpan.get(this.runId, this.key, this.axis, level, from, to, to);
    if (!span || span.buckets === 0) return this.count(level - 1, from, to);
    return (span.points ?? 0) + this.count(level - 1, from, (span.firstX as number) - 1) + this.count(level - 1, (span.lastX as number) + 1, to);
  }

  collect(level: number, from: number, to: number, out: Point[]): void {
    if (from > to) return;
    if (level < 0) {
      out.push(...this.raw(from, to));
      return;
    }
    const buckets = statements().interior.all(this.runId, this.key, this.axis, level, from, to, to) as unknown as InteriorRow[];
    const first = buckets[0];
    const last = buckets.at(-1);
    if (!first || !last) {
      this.collect(level - 1, from, to, out);
      return;
    }
    this.collect(level - 1, from, first[0] - 1, out);
    const byStep = this.axis === 'step';
    for (const [, , loStep, loTime, loValue, hiStep, hiTime, hiValue] of buckets) {
      const lo = { step: loStep, timestamp: loTime, value: loValue };
      if (loValue === hiValue) {
        out.push(lo);
        continue;
      }
      const hi = { step: hiStep, timestamp: hiTime, value: hiValue };
      // The two extremes in axis order; a bucket never splits an x value, so ties on x are broken by the other coordinate.
      const loFirst = byStep ? loStep < hiStep || (loStep === hiStep && loTime <= hiTime) : loTime < hiTime || (loTime === hiTime && loStep <= hiStep);
      if (loFirst) out.push(lo, hi);
      else out.push(hi, lo);
    }
    this.collect(level - 1, last[1] + 1, to, out);
  }

  raw(from: number, to: number): Point[] {
    const s = statements();
    if (this.axis === 'step') return s.stepRange.all(this.runId, this.key, from, to);
    const steps = this.stepsOfTimes(from, to);
    return steps ? s.timeRange.all(this.runId, this.key, steps.lo, steps.hi, from, to) : [];
  }

  private rawCount(from: number, to: number): number {
    const s = statements();
    if (this.axis === 'step') return s.stepCount.get(this.runId, this.key, from, to)?.n ?? 0;
    const steps = this.stepsOfTimes(from, to);
    return steps ? (s.timeCount.get(this.runId, this.key, steps.lo, steps.hi, from, to)?.n ?? 0) : 0;
  }

  /** The range's first and last point, which the buckets' extremes need not include. */
  ends(from: number, to: number): { first: Point | undefined; last: Point | undefined } {
    const s = statements();
    const span = this.span(from, to);
    const head = s.firstBucket.get(span);
    const tail = s.lastBucket.get(span);
    return {
      first: head ? this.raw(Math.max(from, head.firstX), Math.min(to, head.lastX))[0] : undefined,
      last: tail ? this.raw(Math.max(from, tail.firstX), Math.min(to, tail.lastX)).at(-1) : undefined,
    };
  }

  private span(from: number, to: number): Span {
    return { runId: this.runId, key: this.key, axis: this.axis, from, to };
  }

  private stepsOfTimes(from: number, to: number): { lo: number; hi: number } | null {
    const row = statements().timeSteps.get(this.span(from, to));
    return row && row.lo !== null && row.hi !== null ? { lo: row.lo, hi: row.hi } : null;
  }
}

/** The coarsest level that still gives the chart at least `maxPoints / 2` buckets (two points each), or raw points. */
export function levelFor(total: number, maxPoints: number): number {
  for (let level = ROLLUP_WIDTHS.length - 1; level >= 0; level--) if (total / (ROLLUP_WIDTHS[level] as number) >= maxPoints / 2) return level;
  return -1;
}

/**
 * One metric history of a run within [from, to] on the step or time axis, sampled to at most
 * `maxPoints` with min/max per bucket. Short histories are read whole; long ones through rollups,
 * so a window of a million-point history costs a few thousand rows, whatever its width.
 */
export function readSeriesWindow(runId: number, key: string, axis: RollupAxis, range: { from?: number | null; to?: number | null }, maxPoints: number): SeriesWindow {
  const from = range.from ?? Number.MIN_SAFE_INTEGER;
  const to = range.to ?? Number.MAX_SAFE_INTEGER;
  const state = rollupState(runId, key);
  if (state.points <= RAW_LIMIT) {
    const s = statements();
    const rows = (axis === 'step' ? s.stepRange : s.timeScan).all(runId, key, from, to);
    return { totalPoints: rows.length, points: downsampleMinMax(rows, maxPoints) };
  }
  if (!state.current) buildRollups(runId, key);
  const reader = new RollupReader(runId, key, axis);
  const top = ROLLUP_WIDTHS.length - 1;
  // A rebuild recounts the points, so read the count after it.
  const total = range.from == null && range.to == null ? (state.current ? state.points : rollupState(runId, key).points) : reader.count(top, from, to);
  const level = levelFor(total, maxPoints);
  const points: Point[] = [];
  if (level < 0) points.push(...reader.raw(from, to));
  else {
    reader.collect(level, from, to, points);
    const { first, last } = reader.ends(from, to);
    const same = (a: Point | undefined, b: Point) => a !== undefined && a.step === b.step && a.timestamp === b.timestamp && a.value === b.value;
    if (first && !same(points[0], first)) points.unshift(first);
    if (last && !same(points.at(-1), last)) points.push(last);
  }
  return { totalPoints: total, points: downsampleMinMax(points, maxPoints) };
}
