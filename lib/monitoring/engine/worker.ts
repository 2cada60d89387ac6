/** A worker thread's side of an upload: one task per worker, fed chunk by chunk by `run-task.ts`. */

import { parentPort } from 'node:worker_threads';
import { type TaskSpec, asFailure, startTask } from './task';

export type ToWorker = { type: 'start'; spec: TaskSpec } | { type: 'chunk'; chunk: Uint8Array } | { type: 'end' };
export type FromWorker = { ok: true; output: unknown } | { ok: false; failure: ReturnType<typeof asFailure> | null; message: string };

const port = parentPort!;
let task: ReturnType<typeof startTask> | null = null;

function fail(error: unknown): void {
  port.postMessage({ ok: false, failure: asFailure(error), message: error instanceof Error ? error.message : String(error) } satisfies FromWorker);
  port.close();
}

port.on('message', (message: ToWorker) => {
  try {
    if (message.type === 'start') task = startTask(message.spec);
    else if (message.type === 'chunk') task!.push(message.chunk);
    else port.postMessage({ ok: true, output: task!.finish() } satisfies FromWorker);
  } catch (error) {
    fail(error);
  }
});
