import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Structured JSON lines: `level`, `time`, `message`, the request's id when one is being served,
 * then context. Info and debug go to stdout, warnings and errors to stderr. Stack traces stay in
 * the log and never reach a response.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SECRET_KEY = /authorization|cookie|password|passwd|secret|token|api[-_]?key|credential/i;
const MAX_DEPTH = 4;

const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** `LOG_LEVEL` wins; under vitest the default is quieter, so test output is not a wall of access lines. */
function threshold(): number {
  const configured = process.env.LOG_LEVEL?.toLowerCase();
  if (configured && configured in RANK) return RANK[configured as LogLevel];
  return RANK[process.env.VITEST ? 'warn' : 'info'];
}

/** Replaces anything whose key names a credential, however deep it sits in the context. */
export function redact(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return depth >= MAX_DEPTH ? '[…]' : value.map((item) => redact(item, depth + 1));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (depth >= MAX_DEPTH) return '[…]';
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) ? '[redacted]' : redact(item, depth + 1)]));
}

export function log(level: LogLevel, message: string, context: Record<string, unknown> = {}): void {
  if (RANK[level] < threshold()) return;
  const requestId = requestScope.getStore()?.requestId;
  const line = JSON.stringify({ level, time: new Date().toISOString(), message, ...(requestId ? { requestId } : {}), ...(redact(context) as object) });
  (RANK[level] >= RANK.warn ? process.stderr : process.stdout).write(`${line}\n`);
}

export function logError(message: string, error: unknown, context: Record<string, unknown> = {}): void {
  const detail = error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
  log('error', message, { ...context, ...detail });
}

/** Lines logged while `run` works (awaits included) carry this request's id. */
export function withRequestId<T>(requestId: string, run: () => T): T {
  return requestScope.run({ requestId }, run);
}
