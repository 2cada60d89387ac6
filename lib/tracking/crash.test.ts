import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { crashRounds } from '@/lib/testing/crash/rounds';
import { crashWorkspace } from '@/lib/testing/crash/workspace';
import { makeActor } from '@/lib/testing/temp-workspace';
import { createRunUseCase } from './runs';

const POINTS = 1_000_000;

function stored(runId: number) {
  const sqlite = getDb().$client;
  const points = (sqlite.prepare('SELECT count(*) AS n FROM metric_history WHERE run_id = ?').get(runId) as { n: number }).n;
  const latest = sqlite.prepare('SELECT points, step FROM run_metrics WHERE run_id = ?').all(runId) as { points: number; step: number }[];
  const rollupSums = sqlite.prepare('SELECT axis, level, sum(count) AS n FROM metric_rollups WHERE run_id = ? GROUP BY axis, level').all(runId) as { n: number }[];
  const audits = (sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'run.log_batch'").get() as { n: number }).n;
  return { points, latest, rollupSums, audits };
}

describe('a process killed while logging a 1,000,000-point metric batch', () => {
  it('leaves the whole batch or none of it, with its latest value and rollups in agreement', async () => {
    const { committed, timings, records } = await crashRounds(
      {
        async prepare() {
          await crashWorkspace();
          const ds = await makeActor('data_scientist');
          const run = createRunUseCase(ds, { experimentName: 'crash', name: 'big' });
          return { job: { kind: 'metrics', actor: ds, runUuid: run.uuid, points: POINTS }, fixture: run.id };
        },
        check(runId, outcome) {
          const s = stored(runId);
          if (outcome === 'absent') {
            expect(s).toEqual({ points: 0, latest: [], rollupSums: [], audits: 0 });
            return;
          }
          expect(s.points).toBe(POINTS);
          expect(s.latest).toEqual([{ points: POINTS, step: POINTS - 1 }]);
          expect(s.audits).toBe(1);
          // Every rollup level covers each point once, on both axes.
          expect(s.rollupSums.length).toBeGreaterThan(0);
          expect(s.rollupSums.every((r) => r.n === POINTS)).toBe(true);
        },
      },
      { seed: 1, timedKills: 2 },
    );
    console.log(JSON.stringify({ case: "metrics", committed, timings, records }));
  }, 180_000);
});
