import 'server-only';
import type { Dispatcher } from './dispatcher';

// On globalThis because Next.js may load this module once per bundle (instrumentation, routes, actions).
const slot = globalThis as unknown as { __modelboardDispatcher?: Dispatcher };

export function getRunningDispatcher(): Dispatcher | undefined {
  return slot.__modelboardDispatcher;
}

export function setRunningDispatcher(dispatcher: Dispatcher | undefined): void {
  slot.__modelboardDispatcher = dispatcher;
}

/**
 * Asks the dispatcher to look for work once the current transaction has committed. better-sqlite3
 * transactions are synchronous, so by the time an immediate callback runs the commit (or rollback) is done.
 */
export function nudgeAfterCommit(): void {
  if (slot.__modelboardDispatcher) setImmediate(() => slot.__modelboardDispatcher?.nudge());
}

/**
 * At shutdown: no new deliveries, and the ones being sent finish and are recorded. Returns at once
 * when none is running; what a cut-short send leaves claimed is retried after its lease expires.
 */
export async function stopRunningDispatcher(): Promise<void> {
  await slot.__modelboardDispatcher?.stop();
}
