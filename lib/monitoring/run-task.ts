import 'server-only';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '@/lib/errors';
import type { ColumnVerdict } from './types';
import { type TaskFailure, type TaskOutput, type TaskSpec, asFailure, mergeShares, startTask } from './engine/task';
import type { FromWorker, ToWorker } from './engine/worker';
import type { ColumnData } from './ingest';

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

/** The body, refused once it passes the limit; a connection dropped mid-upload is bad input, not a server fault. */
async function* limited(body: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  let size = 0;
  const chunks = body[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await chunks.next();
    } catch {
      throw new AppError('bad_request', 'monitoring', 'The upload was interrupted before it ended.');
    }
    if (next.done) return;
    size += next.value.byteLength;
    if (size > maxTableBytes()) throw tableTooLarge();
    yield next.value;
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

const workerUrl = () => new URL('./engine/worker.ts', import.meta.url);
const IN_FLIGHT_BYTES = 16 * MIB;

type Note = Extract<FromWorker, { handOff: ColumnData[] } | { consumed: number }>;

/** The worker's one answer: its output, or a 400 for bad input, or the error; `onNote` sees its notes before it. */
function answerOf(worker: Worker, onNote: (note: Note) => void = () => undefined): Promise<unknown> {
  return new Promise((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      if ('handOff' in message || 'consumed' in message) onNote(message);
      else if (message.ok) resolve(message.output);
      else reject(message.failure ? badInput(message.failure) : new Error(`monitoring worker: ${message.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`monitoring worker exited with code ${code}`)));
  });
}

/**
 * One worker parses the upload as it streams in. For a batch, a second one, started at once so it is
 * ready, judges about half of the columns while the first judges the rest: judging a million rows is
 * mostly sorting, and the two halves share nothing.
 */
async function inWorker(spec: TaskSpec, body: AsyncIterable<Uint8Array>): Promise<TaskOutput> {
  const parser = new Worker(workerUrl());
  const judge = spec.type === 'batch' ? new Worker(workerUrl()) : null;
  let share: Promise<ColumnVerdict[]> | null = null;
  // Bytes sent but not yet parsed: past the window, reading the body waits, so a fast client cannot
  // queue a whole upload in memory ahead of the parser.
  let inFlight = 0;
  let drained: (() => void) | null = null;
  const parsed = answerOf(parser, (note) => {
    if ('consumed' in note) {
      inFlight -= note.consumed;
      if (inFlight <= IN_FLIGHT_BYTES) drained?.();
      return;
    }
    const { handOff: columns, rowCount } = note;
    if (spec.type !== 'batch' || !judge) return;
    share = answerOf(judge) as Promise<ColumnVerdict[]>;
    // Awaited once the parser answers; until then a failure must not go unhandled.
    share.catch(() => undefined);
    judge.postMessage({ type: 'judge', share: { reference: spec.reference, policy: spec.policy, rowCount, columns } } satisfies ToWorker);
  }) as Promise<TaskOutput>;
  // A row refused mid-upload ends the upload: no point reading the rest of the body.
  let refused = false;
  parsed.catch(() => (refused = true));
  try {
    parser.postMessage({ type: 'start', spec, split: judge !== null } satisfies ToWorker);
    for await (const chunk of limited(body)) {
      if (refused) break;
      const copy = chunk.slice();
      parser.postMessage({ type: 'chunk', chunk: copy } satisfies ToWorker, [copy.buffer]);
      inFlight += copy.byteLength;
      if (inFlight > IN_FLIGHT_BYTES) await Promise.race([new Promise<void>((resolve) => (drained = resolve)), parsed.then(() => undefined, () => undefined)]);
      drained = null;
    }
    parser.postMessage({ type: 'end' } satisfies ToWorker);
    const output = await parsed;
    if (output.type !== 'batch' || spec.type !== 'batch' || !share) return output;
    return mergeShares(spec.reference, output, await share);
  } finally {
    void parser.terminate();
    void judge?.terminate();
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
