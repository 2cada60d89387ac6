import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { closeDb } from '@/db/client';
import { mulberry32 } from '@/db/seed/train/seeded-random';
import { tableCounts } from '@/lib/testing/temp-workspace';
import type { CrashJob } from './jobs';
import { countDelta, globalInvariants, restartServer } from './restart';
import { runWriter, type KillPlan, type WriterTimings } from './run-writer';

export type Outcome = 'complete' | 'absent';

export interface CrashCase<F> {
  /** Builds the workspace the write starts from (in this process) and the job the writer runs. */
  prepare(): Promise<{ job: CrashJob; fixture: F }>;
  /** The case's own all-or-nothing checks, once the server has restarted. */
  check(fixture: F, outcome: Outcome): void | Promise<void>;
}

export interface RoundRecord {
  plan: string;
  killed: boolean;
  reached: string;
  outcome: Outcome;
  swept: { partial: number; orphans: number };
}

/**
 * Each round gets its own data directory. The audit key is fixed for all of them: without it the key
 * derives from an auth secret this process caches from the first directory, which the writer of a
 * later directory would not share (a real server has one directory, so one secret).
 */
function inFreshWorkspace<T>(work: () => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelboard-crash-'));
  const saved = { DATA_DIR: process.env.DATA_DIR, AUDIT_KEY: process.env.AUDIT_KEY };
  Object.assign(process.env, { DATA_DIR: dir, AUDIT_KEY: 'crash rounds' });
  closeDb();
  return work().finally(() => {
    closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
}

function describePlan(plan: KillPlan): string {
  return 'self' in plan ? `self ${plan.self}` : `${plan.delayMs.toFixed(1)} ms after ${plan.after}`;
}

/**
 * Runs the case killed right after its commit (which measures it and gives the row counts a committed
 * write adds), right before its commit, then at seeded random moments: after `started`, anywhere in
 * the whole write, or after `tx`, inside the transaction. Each run has a fresh workspace; after each
 * the server restarts and the changed row counts must be exactly none or exactly the committed write's.
 */
export async function crashRounds<F>(crashCase: CrashCase<F>, { seed, timedKills }: { seed: number; timedKills: number }) {
  const records: RoundRecord[] = [];
  let committed: Record<string, number> | null = null;
  let timings: WriterTimings | null = null;
  const round = (plan: KillPlan) =>
    inFreshWorkspace(async () => {
      const { job, fixture } = await crashCase.prepare();
      const before = tableCounts();
      closeDb();
      const run = await runWriter(job, plan);
      const swept = restartServer();
      const delta = countDelta(before);
      committed ??= delta;
      timings ??= run.timings;
      const outcome: Outcome = Object.keys(delta).length === 0 ? 'absent' : 'complete';
      if (outcome === 'complete') expect(delta, describePlan(plan)).toEqual(committed);
      const invariants = globalInvariants();
      expect(invariants).toMatchObject({ integrity: 'ok', auditOk: true, eventsWithoutOneDelivery: 0 });
      expect(invariants.events).toEqual(invariants.expectedEvents);
      await crashCase.check(fixture, outcome);
      records.push({ plan: describePlan(plan), killed: run.killed, reached: run.markers.at(-1) ?? 'nothing', outcome, swept });
      return outcome;
    });
  expect(await round({ self: 'after-commit' })).toBe('complete');
  const measured = timings as WriterTimings | null;
  if (!measured) throw new Error('The writer killed after its commit printed no timings.');
  expect(await round({ self: 'before-commit' })).toBe('absent');
  const random = mulberry32(seed);
  for (let i = 0; i < timedKills; i += 1) {
    const inTransaction = i % 2 === 1 && measured.txMs !== null;
    await round(inTransaction ? { after: 'tx', delayMs: random() * measured.txMs! } : { after: 'started', delayMs: random() * measured.totalMs });
  }
  return { committed: committed!, timings: measured, records };
}
