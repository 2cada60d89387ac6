import { describe, expect, it } from 'vitest';
import { table } from '@/lib/testing/monitoring-tables';
import type { ColumnData } from '../ingest';
import { DEFAULT_POLICY } from '../policy';
import { type TaskOutput, judgeShare, mergeShares, startTask } from './task';

function run(spec: Parameters<typeof startTask>[0], text: string, handOff?: Parameters<typeof startTask>[1]): TaskOutput {
  const task = startTask(spec, handOff);
  task.push(new TextEncoder().encode(text));
  return task.finish();
}

describe('a batch judged by two threads', () => {
  it('gives the same report as one thread, in the reference order', () => {
    const built = run({ type: 'reference', format: 'csv', roles: { prediction: 'prediction', label: 'label' } }, table({ rows: 400, seed: 1, label: true }));
    if (built.type !== 'reference') throw new Error('expected a reference');
    const reference = { rowCount: built.build.rowCount, columns: built.build.columns, data: built.build.data };
    const spec = { type: 'batch', format: 'csv', reference, policy: DEFAULT_POLICY, task: 'classification' } as const;
    const batch = table({ rows: 300, seed: 2, shift: 10, label: true });

    const whole = run(spec, batch);
    let handed: { columns: ColumnData[]; rowCount: number } | null = null;
    const mine = run(spec, batch, (columns, rowCount) => (handed = { columns, rowCount }));
    if (mine.type !== 'batch' || whole.type !== 'batch' || !handed) throw new Error('expected a split batch');
    const { columns, rowCount } = handed as { columns: ColumnData[]; rowCount: number };
    expect(columns.length).toBeGreaterThan(0);
    expect(mine.batch.columns.length + columns.length).toBe(whole.batch.columns.length);
    const merged = mergeShares(reference, mine, judgeShare({ reference, policy: DEFAULT_POLICY, rowCount, columns }));
    expect(merged).toEqual(whole);
  });
});
