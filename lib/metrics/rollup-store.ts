import 'server-only';
import { getDb } from '@/db/client';
import { ROLLUP_AXES } from '@/db/schema';
import { preparedPerConnection } from '@/lib/prepared';
import type { Point } from './downsample';
import { POINTS_OF, pointsInStepOrder } from './history-points';
import { ROLLUP_WIDTHS, RollupFolder, compareOn, xOf, type Bucket, type RollupAxis } from './rollup-fold';

const BUCKET_COLUMNS = `level, first_x AS firstX, last_x AS lastX, count, step_min AS stepMin, step_max AS stepMax,
  lo_step AS loStep, lo_time AS loTime, lo_value AS loValue, hi_step AS hiStep, hi_time AS hiTime, hi_value AS hiValue`;

/** A bucket as stored: its two extremes spread over six columns. */
type BucketRow = Omit<Bucket, 'lo' | 'hi'> & { loStep: number; loTime: number; loValue: number; hiStep: number; hiTime: number; hiValue: number };

const toBucket = ({ loStep, loTime, loValue, hiStep, hiTime, hiValue, ...rest }: BucketRow): Bucket => ({
  ...rest,
  lo: { step: loStep, timestamp: loTime, value: loValue },
  hi: { step: hiStep, timestamp: hiTime, value: hiValue },
});

const statements = preparedPerConnection((db) => ({
  state: db.$client.prepare<[number, string], { points: number; rolledUp: number }>(
    'SELECT points, rolled_up AS rolledUp FROM run_metrics WHERE run_id = ? AND key = ?',
  ),
  open: db.$client.prepare<[number, string, RollupAxis, number], BucketRow>(
    `SELECT ${BUCKET_COLUMNS} FROM metric_rollups WHERE run_id = ? AND key = ? AND axis = ? AND level = ? ORDER BY first_x DESC LIMIT 1`,
  ),
  upsert: db.$client.prepare(
    `INSERT INTO metric_rollups (run_id, key, axis, level, first_x, last_x, count, step_min, step_max, lo_step, lo_time, lo_value, hi_step, hi_time, hi_value)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (run_id, key, axis, level, first_x) DO UPDATE SET last_x = excluded.last_x, count = excluded.count,
       step_min = excluded.step_min, step_max = excluded.step_max, lo_step = excluded.lo_step, lo_time = excluded.lo_time,
       lo_value = excluded.lo_value, hi_step = excluded.hi_step, hi_time = excluded.hi_time, hi_value = excluded.hi_value`,
  ),
  clear: db.$client.prepare('DELETE FROM metric_rollups WHERE run_id = ? AND key = ?'),
  mark: db.$client.prepare('UPDATE run_metrics SET points = ?, rolled_up = ? WHERE run_id = ? AND key = ?'),
  byTime: db.$client.prepare<[number, string], Point>(`${POINTS_OF} ORDER BY timestamp, step, value`),
}));

function save(runId: number, key: string, axis: RollupAxis, buckets: Iterable<Bucket>): void {
  const { upsert } = statements();
  for (const b of buckets) {
    upsert.run(runId, key, axis, b.level, b.firstX, b.lastX, b.count, b.stepMin, b.stepMax, b.lo.step, b.lo.timestamp, b.lo.value, b.hi.step, b.hi.timestamp, b.hi.value);
  }
}

const foldersFor = (axis: RollupAxis, open: (level: number) => Bucket | null = () => null) =>
  ROLLUP_WIDTHS.map((_, level) => new RollupFolder(axis, level, open(level)));

/** Up to this many points a history is read whole, and has no rollups to keep. */
export const RAW_LIMIT = 16_384;

/**
 * Keeps the rollups of a run's long histories current as log-batch adds points, inside its
 * transaction and after it has counted them. A history that has just grown past RAW_LIMIT gets its
 * rollups built; one whose new points all come at or after its last point on both axes (a training
 * loop) has them folded into its open buckets; any other is left stale, and the next chart that
 * needs it rebuilds its rollups.
 */
export function updateRollups(runId: number, points: readonly (Point & { key: string })[]): void {
  const byKey = new Map<string, Point[]>();
  for (const p of points) {
    const list = byKey.get(p.key);
    if (list) list.push(p);
    else byKey.set(p.key, [p]);
  }
  const s = statements();
  for (const [key, list] of byKey) {
    const current = s.state.get(runId, key);
    if (!current || current.points <= RAW_LIMIT) continue;
    const before = current.points - list.length;
    if (before <= RAW_LIMIT) buildRollups(runId, key);
    else if (current.rolledUp === before && foldAppended(runId, key, list)) s.mark.run(current.points, current.points, runId, key);
  }
}

/** The points in axis order, copied and sorted only when a batch did not come in order already (a training loop's does). */
function inOrder(list: readonly Point[], compare: (a: Point, b: Point) => number): readonly Point[] {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1] as Point, list[i] as Point) > 0) return list.slice().sort(compare);
  return list;
}

/** Folds a batch into a history's open buckets when it extends the history on both axes; false when it does not. */
function foldAppended(runId: number, key: string, list: readonly Point[]): boolean {
  const { open } = statements();
  const plans = ROLLUP_AXES.map((axis) => {
    const sorted = inOrder(list, compareOn(axis));
    const opens = ROLLUP_WIDTHS.map((_, level) => {
      const row = open.get(runId, key, axis, level);
      return row ? toBucket(row) : null;
    });
    return { axis, sorted, opens, inOrder: opens.every((b) => b === null || xOf(axis, sorted[0] as Point) >= b.lastX) };
  });
  if (!plans.every((p) => p.inOrder)) return false;
  for (const { axis, sorted, opens } of plans) {
    const folders = foldersFor(axis, (level) => opens[level] ?? null);
    for (const p of sorted) for (const f of folders) f.add(p);
    save(runId, key, axis, folders.flatMap((f) => f.touched()));
  }
  return true;
}

/**
 * Rebuilds one history's rollups from its points in one pass in step order (and a second, sorted by
 * time, only when time does not rise with step), and marks them current.
 */
export function buildRollups(runId: number, key: string): void {
  const db = getDb().$client;
  db.transaction(() => {
    const s = statements();
    const byStep = foldersFor('step');
    let byTime = foldersFor('time');
    let count = 0;
    let lastTime = -Infinity;
    let timeInStepOrder = true;
    for (const p of pointsInStepOrder().iterate(runId, key, -1, 0)) {
      count += 1;
      for (const f of byStep) f.add(p);
      if (p.timestamp < lastTime) timeInStepOrder = false;
      lastTime = p.timestamp;
      if (timeInStepOrder) for (const f of byTime) f.add(p);
    }
    if (!timeInStepOrder) {
      byTime = foldersFor('time');
      for (const p of s.byTime.iterate(runId, key)) for (const f of byTime) f.add(p);
    }
    s.clear.run(runId, key);
    save(runId, key, 'step', byStep.flatMap((f) => f.touched()));
    save(runId, key, 'time', byTime.flatMap((f) => f.touched()));
    s.mark.run(count, count, runId, key);
  }).immediate();
}

/** Whether the history's rollups hold all its points; `points` is how many it has. */
export function rollupState(runId: number, key: string): { points: number; current: boolean } {
  const row = statements().state.get(runId, key);
  return row ? { points: row.points, current: row.rolledUp === row.points } : { points: 0, current: true };
}
