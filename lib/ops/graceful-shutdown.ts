import { log, logError } from '@/lib/log';
import { markShuttingDown } from './shutdown-state';

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;
type Signal = (typeof SIGNALS)[number];
type Listener = (signal: Signal) => void;

/** 128 + the signal's number, as a process killed by it would report. */
const EXIT_CODES: Record<Signal, number> = { SIGINT: 130, SIGTERM: 143 };

interface SignalSource {
  listeners(signal: Signal): Function[]; // eslint-disable-line @typescript-eslint/no-unsafe-function-type -- what EventEmitter returns
  removeListener(signal: Signal, listener: Listener): unknown;
  on(signal: Signal, listener: Listener): unknown;
}

export interface ShutdownOptions {
  /** Work that must finish before the process goes, e.g. webhook deliveries being sent. */
  drain: () => Promise<void>;
  /** How long the drain may take; default `SHUTDOWN_DRAIN_MS`, else 5 s. */
  drainMs?: number;
  /**
   * When the process exits whatever is still running, counted from the first signal; default
   * `SHUTDOWN_TIMEOUT_MS`, else 8 s: inside Docker's 10 s between SIGTERM and SIGKILL, so the exit
   * is ours and logged rather than a kill.
   */
  deadlineMs?: number;
  source?: SignalSource;
  exit?: (code: number) => void;
}

function envMs(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Resolves true when `work` settles in time, false when the time runs out first. */
async function settlesWithin(work: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const done = work.then(
    () => true,
    (error: unknown) => {
      logError('shutdown: drain failed', error);
      return true;
    },
  );
  try {
    return await Promise.race([done, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * On SIGTERM or SIGINT: readiness turns 503 at once, `drain` gets up to `drainMs`, and only then do
 * the signal handlers that were there before run. Under `next start` that is Next's own, which closes
 * the HTTP server, waits for the requests in flight and calls process.exit; it would cut the drain
 * short if it ran alongside it, so it is held back until the drain is over. Without one, this exits.
 * A second signal exits at once (an operator pressing Ctrl-C again means it), and so does the
 * deadline, so a request that never finishes cannot hold the process.
 */
export function installGracefulShutdown({
  drain,
  drainMs = envMs('SHUTDOWN_DRAIN_MS', 5_000),
  deadlineMs = envMs('SHUTDOWN_TIMEOUT_MS', 8_000),
  source = process,
  exit = (code) => process.exit(code),
}: ShutdownOptions): void {
  let begun = false;
  for (const signal of SIGNALS) {
    const inherited = source.listeners(signal) as Listener[];
    for (const listener of inherited) source.removeListener(signal, listener);
    source.on(signal, () => {
      if (begun) {
        log('warn', 'shutdown: second signal, exiting now', { signal });
        exit(EXIT_CODES[signal]);
        return;
      }
      begun = true;
      markShuttingDown();
      log('info', 'shutting down', { signal, drainMs, deadlineMs });
      // Unref'd: a process that has finished closing exits without waiting for it.
      setTimeout(() => {
        log('error', 'shutdown: deadline reached, exiting', { deadlineMs });
        exit(EXIT_CODES[signal]);
      }, deadlineMs).unref();
      void settlesWithin(new Promise<void>((resolve) => resolve(drain())), drainMs).then((drained) => {
        if (!drained) log('warn', 'shutdown: drain timed out', { drainMs });
        if (inherited.length === 0) exit(EXIT_CODES[signal]);
        for (const listener of inherited) listener(signal);
      });
    });
  }
}
