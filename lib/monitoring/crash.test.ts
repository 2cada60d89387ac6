import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { crashRounds } from '@/lib/testing/crash/rounds';
import { crashWorkspace } from '@/lib/testing/crash/workspace';
import { monitoredVersion, table } from '@/lib/testing/monitoring-tables';

/** A million rows, shifted and with an unseen colour, so the batch drifts and raises alerts. */
const ROWS = 1_000_000;
const csvFile = path.join(os.tmpdir(), `modelboard-crash-batch-${process.pid}.csv`);

beforeAll(() => fs.writeFileSync(csvFile, table({ rows: ROWS, seed: 2, shift: 15, colors: ['red', 'green', 'blue', 'purple'] })));
afterAll(() => fs.rmSync(csvFile, { force: true }));

const count = (sql: string) => (getDb().$client.prepare(sql).get() as { n: number }).n;

function stored() {
  return {
    batches: getDb().$client.prepare('SELECT id, row_count AS rows, column_count AS columns FROM monitoring_batches').all() as { id: number; rows: number; columns: number }[],
    verdicts: count('SELECT count(*) AS n FROM batch_columns'),
    predictions: count('SELECT count(*) AS n FROM batch_predictions'),
    alerts: count('SELECT count(*) AS n FROM monitoring_alerts'),
    batchAudits: count("SELECT count(*) AS n FROM audit_log WHERE action = 'monitoring.batch'"),
    alertAudits: count("SELECT count(*) AS n FROM audit_log WHERE action = 'alert.open'"),
    alertEvents: count("SELECT count(*) AS n FROM webhook_events WHERE type = 'alert.opened'"),
  };
}

describe('a process killed while ingesting a 1,000,000-row monitoring batch', () => {
  it('leaves the batch with its verdicts, alerts, audit entries and webhook events, or none of them', async () => {
    const { committed, timings, records } = await crashRounds(
      {
        async prepare() {
          await crashWorkspace();
          const { ds } = await monitoredVersion();
          return { job: { kind: 'monitoring', actor: ds, model: 'm', version: 1, csvFile }, fixture: null };
        },
        check(_, outcome) {
          const s = stored();
          if (outcome === 'absent') {
            expect(s).toEqual({ batches: [], verdicts: 0, predictions: 0, alerts: 0, batchAudits: 0, alertAudits: 0, alertEvents: 0 });
            return;
          }
          expect(s.batches).toEqual([{ id: 1, rows: ROWS, columns: s.verdicts }]);
          expect(s.predictions).toBe(1);
          expect(s.batchAudits).toBe(1);
          expect(s.alerts).toBeGreaterThan(0);
          expect([s.alertAudits, s.alertEvents]).toEqual([s.alerts, s.alerts]);
        },
      },
      { seed: 2, timedKills: 4 },
    );
    console.log(JSON.stringify({ case: 'monitoring', committed, timings, records }));
  }, 180_000);
});
