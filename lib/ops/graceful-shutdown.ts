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
  /** How long the drain may take; an orchestrator kills the process after its own grace period anyway. */
  timeoutMs?: number;
  source?: SignalSource;
  exit?: (code: number) => void;
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
 * On SIGTERM or SIGINT: readiness turns 503 at once, `drain` gets up to `timeoutMs`, and only then do
 * the signal handlers that were there before run. Under `next start` that is Next's own, which closes
 * the HTTP server, waits for the requests in flight and calls process.exit; it would cut the drain
 * short if it ran alongside it, so it is held back until the drain is over. Without one, this exits.
 */
export function installGracefulShutdown({ drain, timeoutMs = 10_000, source = process, exit = (code) => process.exit(code) }: ShutdownOptions): void {
  let begun = false;
  for (const signal of SIGNALS) {
    const inherited = source.listeners(signal) as Listener[];
    for (const listener of inherited) source.removeListener(signal, listener);
    source.on(signal, () => {
      if (begun) return;
      begun = true;
      markShuttingDown();
      log('info', 'shutting down', { signal });
      void settlesWithin(new Promise<void>((resolve) => resolve(drain())), timeoutMs).then((drained) => {
        if (!drained) log('warn', 'shutdown: drain timed out', { timeoutMs });
        if (inherited.length === 0) exit(EXIT_CODES[signal]);
        for (const listener of inherited) listener(signal);
      });
    });
  }
}
