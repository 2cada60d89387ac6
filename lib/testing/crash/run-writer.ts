import { spawn } from 'node:child_process';
import path from 'node:path';
import type { SelfKill, WriterArgs } from './jobs';

const WRITER = path.join(__dirname, 'crash-writer.ts');
const ROOT = path.join(__dirname, '../../..');

/** When to kill the writer: `delayMs` after it prints `started` or `tx`, or by its own hand at the commit boundary. */
export type KillPlan = { after: 'started' | 'tx'; delayMs: number } | { self: SelfKill };

export interface WriterTimings {
  totalMs: number;
  txMs: number | null;
}

export interface WriterRun {
  /** Whether the writer ended by SIGKILL (else it finished and printed its timings). */
  killed: boolean;
  /** The markers it printed, in order: how far it got. */
  markers: string[];
  timings: WriterTimings | null;
  stderr: string;
}

/** Runs one crash writer on the current `DATA_DIR` and waits until it has exited, killed or not. */
export function runWriter(args: WriterArgs['job'], plan?: KillPlan): Promise<WriterRun> {
  const payload: WriterArgs = { job: args, selfKill: plan && 'self' in plan ? plan.self : undefined };
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', WRITER, JSON.stringify(payload)], { cwd: ROOT, env: { ...process.env } });
  const markers: string[] = [];
  let timings: WriterTimings | null = null;
  let stderr = '';
  let pending = '';
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
  child.stdout.on('data', (data: Buffer) => {
    pending += data.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const text of lines) {
      const [marker, json] = text.split(/ (.*)/s);
      markers.push(marker!);
      if (marker === 'done') timings = JSON.parse(json!) as WriterTimings;
      if (plan && 'after' in plan && plan.after === marker) setTimeout(() => child.kill('SIGKILL'), plan.delayMs);
    }
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`crash writer exited with ${code}: ${stderr}`));
      else resolve({ killed: signal === 'SIGKILL', markers, timings, stderr });
    });
  });
}
