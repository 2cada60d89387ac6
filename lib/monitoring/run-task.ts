import 'server-only';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '@/lib/errors';
import type { FromWorker, ToWorker } from './engine/worker';
import { type TaskFailure, type TaskOutput, type TaskSpec, asFailure, startTask } from './engine/task';

const MIB = 1024 ** 2;

/** `MONITORING_MAX_BYTES` (default 1 GiB): the largest reference, batch or labels upload. */
export function maxTableBytes(): number {
  const configured = Number(process.env.MONITORING_MAX_BYTES);
  return Number.isFinite(configured) && configured > 0 ? configured : 1024 * MIB;
}

export function tableTooLarge(): AppError {
  return new AppError('payload_too_large', 'monitoring', `The upload is larger than the ${Math.round(maxTableBytes() / MIB)} MiB limit for monitoring tables.`);
}

function badInput(failure: TaskFailure): AppError {
  return new AppError('bad_request', 'monitoring', failure.message, undefined, { row: failure.row, column: failure.column });
}

/** Uploads computed at once; the rest wait their turn, so the request threads always keep a core. */
const slots = { free: Math.max(1, Number(process.env.MONITORING_WORKERS) || os.availableParallelism() - 1), waiting: [] as (() => void)[] };

async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (slots.free > 0) slots.free--;
  else await new Promise<void>((resolve) => slots.waiting.push(resolve));
  try {
    return await work();
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else slots.free++;
  }
}

async function* limited(body: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > maxTableBytes()) throw tableTooLarge();
    yield chunk;
  }
}

async function inline(spec: TaskSpec, body: AsyncIterable<Uint8Array>): Promise<TaskOutput> {
  try {
    const task = startTask(spec);
    for await (const chunk of limited(body)) task.push(chunk);
    return task.finish();
  } catch (error) {
    const failure = asFailure(error);
    throw failure ? badInput(failure) : error;
  }
}

async function inWorker(spec: TaskSpec, body: AsyncIterable<Uint8Array>): Promise<TaskOutput> {
  const worker = new Worker(new URL('./engine/worker.ts', import.meta.url));
  const result = new Promise<TaskOutput>((resolve, reject) => {
    worker.once('message', (message: FromWorker) => {
      if (message.ok) resolve(message.output as TaskOutput);
      else reject(message.failure ? badInput(message.failure) : new Error(`monitoring worker: ${message.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`monitoring worker exited with code ${code}`)));
  });
  // A row refused mid-upload ends the upload: no point reading the rest of the body.
  let refused = false;
  result.catch(() => (refused = true));
  const send = (message: ToWorker, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer);
  try {
    send({ type: 'start', spec });
    for await (const chunk of limited(body)) {
      if (refused) break;
      const copy = chunk.slice();
      send({ type: 'chunk', chunk: copy }, [copy.buffer]);
    }
    send({ type: 'end' });
    return await result;
  } finally {
    void worker.terminate();
  }
}

/**
 * Runs an upload's parsing and statistics off the request thread: in a worker thread under the Next
 * server, inline where TypeScript runs unbundled (tests, the seeder). Bad input becomes a 400 naming
 * the row and column; more than `maxTableBytes()` a 413.
 */
export function runTask(spec: TaskSpec, body: AsyncIterable<Uint8Array>): Promise<TaskOutput> {
  return withSlot(() => (process.env.NEXT_RUNTIME === 'nodejs' ? inWorker(spec, body) : inline(spec, body)));
}
