import 'server-only';
import { getDb } from '@/db/client';
import { logError } from '@/lib/log';
import { claimDue, recordOutcome, type Job, type Outcome } from './delivery-store';
import { getRunningDispatcher, setRunningDispatcher } from './running';
import { decryptSecret } from './secret-box';
import { postDelivery } from './send';

export interface DispatcherOptions {
  pollMs?: number;
  concurrency?: number;
  maxAttempts?: number;
  timeoutMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Injectable clock and randomness, so tests can step through retries without waiting. */
  now?: () => number;
  random?: () => number;
}

export interface Dispatcher {
  /** Look for due deliveries now instead of at the next poll. */
  nudge(): void;
  /** One pass: claim what is due (within the free concurrency) and wait until those sends are recorded. */
  runOnce(): Promise<void>;
  /** Stops for good (no poll, nudge or pass claims anything after it) and waits for the sends in flight to be recorded. */
  stop(): Promise<void>;
}

/** 10 s × 2^(attempt − 1), at most an hour, plus up to 10 % jitter so failed receivers are not hit in lockstep. */
function retryDelay(attempt: number, base: number, max: number, random: () => number): number {
  const delay = Math.min(base * 2 ** (attempt - 1), max);
  return Math.round(delay + delay * 0.1 * random());
}

export function createDispatcher(options: DispatcherOptions = {}): Dispatcher & { start(): void } {
  const { pollMs = 1000, concurrency = 4, maxAttempts = 8, timeoutMs = 10_000, baseDelayMs = 10_000, maxDelayMs = 3_600_000 } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  // Long enough to outlast a send that times out; a crashed process's claims come back after it.
  const leaseMs = timeoutMs * 3;
  const inFlight = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let stopped = false;

  async function deliver(job: Job): Promise<Outcome> {
    if (!job.active && job.eventType !== 'webhook.test') {
      return { status: 'failed', statusCode: null, responseMs: null, error: 'The webhook was disabled before this delivery was sent.' };
    }
    let secret: string;
    try {
      secret = decryptSecret(job.secretCiphertext);
    } catch {
      return { status: 'failed', statusCode: null, responseMs: null, error: 'The signing secret cannot be decrypted (did AUTH_SECRET change?). Rotate the secret.' };
    }
    const result = await postDelivery(job, secret, Math.floor(now() / 1000), timeoutMs);
    if (result.ok) return { status: 'succeeded', statusCode: result.statusCode ?? 200, responseMs: result.responseMs ?? 0 };
    const error = result.error ?? 'Failed.';
    if (job.attempts >= maxAttempts) return { status: 'failed', statusCode: result.statusCode, responseMs: result.responseMs, error };
    const nextAttemptAt = now() + retryDelay(job.attempts, baseDelayMs, maxDelayMs, random);
    return { status: 'pending', statusCode: result.statusCode, responseMs: result.responseMs, error, nextAttemptAt };
  }

  function claimAndSend(): Promise<void>[] {
    const jobs = claimDue(getDb(), now(), concurrency - inFlight.size, leaseMs);
    return jobs.map((job) => {
      const sent: Promise<void> = deliver(job)
        .then((outcome) => recordOutcome(getDb(), job, outcome, now()))
        .catch((error: unknown) => logError('webhook delivery failed', error, { delivery: job.uuid }))
        .finally(() => {
          inFlight.delete(sent);
          // A freed slot may let a waiting delivery go now rather than at the next poll.
          if (running) schedule(0);
        });
      inFlight.add(sent);
      return sent;
    });
  }

  function schedule(ms: number): void {
    clearTimeout(timer);
    // Unref'd: a pending poll must never keep the process alive on its own.
    timer = setTimeout(tick, ms).unref();
  }

  function tick(): void {
    if (!running) return;
    try {
      claimAndSend();
    } catch (error) {
      logError('webhook dispatcher pass failed', error);
    }
    schedule(pollMs);
  }

  const dispatcher: Dispatcher & { start(): void } = {
    start() {
      if (stopped) return;
      running = true;
      schedule(0);
    },
    nudge() {
      if (running) schedule(0);
    },
    async runOnce() {
      if (!stopped) await Promise.all(claimAndSend());
    },
    async stop() {
      running = false;
      stopped = true;
      clearTimeout(timer);
      // The process's dispatcher steps down, so a later startDispatcher starts a fresh one.
      if (getRunningDispatcher() === dispatcher) setRunningDispatcher(undefined);
      await Promise.all([...inFlight]);
    },
  };
  return dispatcher;
}

/** Starts the process's dispatcher (once) and lets committed changes nudge it. */
export function startDispatcher(options: DispatcherOptions = {}): Dispatcher {
  const existing = getRunningDispatcher();
  if (existing) return existing;
  const dispatcher = createDispatcher(options);
  setRunningDispatcher(dispatcher);
  dispatcher.start();
  return dispatcher;
}
