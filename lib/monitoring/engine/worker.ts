/**
 * A worker thread's side of an upload, fed by `run-task.ts`: either the upload itself (parsed chunk by
 * chunk; a batch hands part of its columns back for a second worker) or that second worker's share.
 */

import { parentPort } from 'node:worker_threads';
import type { ColumnData } from '../ingest';
import { type JudgeShare, type TaskSpec, asFailure, judgeShare, startTask } from './task';

export type ToWorker =
  | { type: 'start'; spec: TaskSpec; split: boolean }
  | { type: 'chunk'; chunk: Uint8Array }
  | { type: 'end' }
  | { type: 'judge'; share: JudgeShare };
export type FromWorker =
  | { ok: true; output: unknown }
  | { ok: false; failure: ReturnType<typeof asFailure> | null; message: string }
  | { handOff: ColumnData[]; rowCount: number }
  /** A chunk parsed: the sender may send that many more bytes. */
  | { consumed: number };

const port = parentPort!;
let task: ReturnType<typeof startTask> | null = null;

let predictionName: string | null = null;

/** Moves the other thread's columns (each owns its buffer) without copying, except the prediction, still needed here. */
function handOff(columns: ColumnData[], rowCount: number): void {
  const moved = columns.filter((c) => c.name !== predictionName).map((c) => (c.kind === 'numeric' ? c.values.buffer : c.codes.buffer) as ArrayBuffer);
  port.postMessage({ handOff: columns, rowCount } satisfies FromWorker, moved);
}

port.on('message', (message: ToWorker) => {
  try {
    if (message.type === 'start') {
      if (message.spec.type === 'batch') predictionName = message.spec.reference.columns.find((c) => c.role === 'prediction')?.name ?? null;
      task = startTask(message.spec, message.split ? handOff : undefined);
    } else if (message.type === 'chunk') {
      task!.push(message.chunk);
      port.postMessage({ consumed: message.chunk.byteLength } satisfies FromWorker);
    }
    else if (message.type === 'end') port.postMessage({ ok: true, output: task!.finish() } satisfies FromWorker);
    else port.postMessage({ ok: true, output: judgeShare(message.share) } satisfies FromWorker);
  } catch (error) {
    port.postMessage({ ok: false, failure: asFailure(error), message: error instanceof Error ? error.message : String(error) } satisfies FromWorker);
    port.close();
  }
});
