import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createRunUseCase, logBatchUseCase } from '@/lib/tracking/runs';
import type { Point } from './downsample';
import { mulberry32 } from '@/db/seed/train/seeded-random';
import { RAW_LIMIT, buildRollups, rollupState } from './rollup-store';
import { levelFor, readSeriesWindow } from './series-window';

withTempWorkspace();

type Logged = Point & { key: string };

/** A noisy decaying loss with a few spikes, logged by a training loop in batches; timestamps as the caller shapes them. */
async function logHistory(length: number, timestampOf: (step: number) => number, batch = 10_000) {
  const ds = await makeActor('data_scientist');
  const run = createRunUseCase(ds, { experimentName: 'long', name: 'r' });
  const random = mulberry32(7);
  const points: Logged[] = Array.from({ length }, (_, step) => ({
    key: 'loss',
    step,
    timestamp: timestampOf(step),
    value: 1 / Math.sqrt(step + 1) + 0.05 * random() + (step % 9973 === 17 ? 3 + random() : 0) - (step === 77_777 ? 2 : 0),
  }));
  for (let at = 0; at < length; at += batch) logBatchUseCase(ds, run.uuid, { metrics: points.slice(at, at + batch) });
  const runId = (getDb().$client.prepare('SELECT id FROM runs WHERE uuid = ?').get(run.uuid) as { id: number }).id;
  return { ds, run, runId, points };
}

const rollupRows = (runId: number) =>
  getDb().$client.prepare('SELECT * FROM metric_rollups WHERE run_id = ? ORDER BY axis, level, first_x').all(runId) as Record<string, number | string>[];

/** What any window must be: the exact count, at most the asked size, real points only, first, last, lowest and highest kept. */
function expectFaithful(window: { totalPoints: number; points: Point[] }, raw: Point[], maxPoints: number) {
  expect(window.totalPoints).toBe(raw.length);
  expect(window.points.length).toBeLessThanOrEqual(maxPoints);
  const id = (p: Point) => `${p.step}:${p.timestamp}:${p.value}`;
  const known = new Set(raw.map(id));
  expect(window.points.every((p) => known.has(id(p)))).toBe(true);
  expect(window.points[0]).toEqual(raw[0]);
  expect(window.points.at(-1)).toEqual(raw.at(-1));
  const values = window.points.map((p) => p.value);
  expect(Math.min(...values)).toBe(Math.min(...raw.map((p) => p.value)));
  expect(Math.max(...values)).toBe(Math.max(...raw.map((p) => p.value)));
}

const byStep = (a: Point, b: Point) => a.step - b.step || a.timestamp - b.timestamp || a.value - b.value;
const byTime = (a: Point, b: Point) => a.timestamp - b.timestamp || a.step - b.step || a.value - b.value;
const strip = ({ step, timestamp, value }: Point): Point => ({ step, timestamp, value });

describe('long histories through rollups', () => {
  it('keeps rollups current while a training loop logs, and answers any step window faithfully', async () => {
    const { runId, points } = await logHistory(100_000, (step) => 1_700_000_000_000 + step * 250);
    expect(rollupState(runId, 'loss')).toEqual({ points: 100_000, current: true });
    const raw = points.map(strip);
    for (const [from, to, maxPoints] of [[null, null, 1000], [null, null, 16], [12_345, 67_890, 800], [12_345, 67_890, 100], [77_000, 78_000, 200], [-5, 40, 100]] as const) {
      const inside = raw.filter((p) => (from === null || p.step >= from) && (to === null || p.step <= to));
      expectFaithful(readSeriesWindow(runId, 'loss', 'step', { from, to }, maxPoints), inside, maxPoints);
    }
    const narrow = raw.filter((p) => p.step >= 50_000 && p.step <= 50_300);
    expect(readSeriesWindow(runId, 'loss', 'step', { from: 50_000, to: 50_300 }, 1000).points).toEqual(narrow);
  });

  it('keeps no rollups for a short history, which is read whole', async () => {
    const { ds, run, runId } = await logHistory(RAW_LIMIT + 1, (step) => step);
    const lr = Array.from({ length: 3000 }, (_, step) => ({ key: 'lr', step, timestamp: step, value: 1 / (step + 1) }));
    logBatchUseCase(ds, run.uuid, { metrics: lr });
    const rowsOf = (key: string) => (getDb().$client.prepare('SELECT count(*) AS n FROM metric_rollups WHERE run_id = ? AND key = ?').get(runId, key) as { n: number }).n;
    expect(rowsOf('lr')).toBe(0);
    expect(rowsOf('loss')).toBeGreaterThan(0);
    expect(readSeriesWindow(runId, 'lr', 'step', { from: 10, to: 2009 }, 4000).points).toEqual(lr.slice(10, 2010).map(strip));
  });

  it('builds the same rollups in one pass as log-batch built point by point', async () => {
    const { runId } = await logHistory(40_000, (step) => 1_000 * step, 3_333);
    const incremental = rollupRows(runId);
    expect(incremental.length).toBeGreaterThan(2 * (40_000 / 64));
    getDb().$client.prepare('DELETE FROM metric_rollups WHERE run_id = ?').run(runId);
    buildRollups(runId, 'loss');
    expect(rollupRows(runId)).toEqual(incremental);
  });

  it('reads time windows when wall time does not follow the steps', async () => {
    // Two workers logging the same steps with clocks apart: time order is not step order.
    const { runId, points } = await logHistory(30_000, (step) => 5_000_000 + (step % 2 === 0 ? step * 10 : 400_000 - step * 3));
    const raw = points.map(strip).sort(byTime);
    for (const [from, to, maxPoints] of [[null, null, 500], [null, null, 16], [5_100_000, 5_200_000, 500], [5_050_000, 5_380_000, 64], [5_050_000, 5_050_400, 500]] as const) {
      const inside = raw.filter((p) => (from === null || p.timestamp >= from) && (to === null || p.timestamp <= to));
      expectFaithful(readSeriesWindow(runId, 'loss', 'time', { from, to }, maxPoints), inside, maxPoints);
    }
  });

  it('leaves rollups stale after an out-of-order point and rebuilds them on the next read', async () => {
    const { ds, run, runId, points } = await logHistory(RAW_LIMIT + 5_000, (step) => 1_000 * step);
    logBatchUseCase(ds, run.uuid, { metrics: [{ key: 'loss', step: 10, timestamp: 10_500, value: -42 }] });
    expect(rollupState(runId, 'loss')).toEqual({ points: RAW_LIMIT + 5_001, current: false });
    const raw = [...points.map(strip), { step: 10, timestamp: 10_500, value: -42 }].sort(byStep);
    expectFaithful(readSeriesWindow(runId, 'loss', 'step', {}, 600), raw, 600);
    expect(rollupState(runId, 'loss').current).toBe(true);
  });

  it('chooses the coarsest level that still fills the chart', () => {
    expect(levelFor(1_000_000, 1000)).toBe(3);
    expect(levelFor(1_000_000, 8000)).toBe(1);
    expect(levelFor(100_000_000, 1000)).toBe(5);
    expect(levelFor(20_000, 1000)).toBe(0);
    expect(levelFor(5_000, 1000)).toBe(-1);
  });
});
