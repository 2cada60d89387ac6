import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * How a non-interactive caller reached us (`token:<id>`, `basic`), carried through the request so the
 * many `recordAudit` call sites need not pass it along. Outside `withAuditVia` it is null: browser
 * sessions and scripts.
 */
const storage = new AsyncLocalStorage<{ via: string }>();

export function withAuditVia<T>(via: string, fn: () => T): T {
  return storage.run({ via }, fn);
}

export function currentVia(): string | null {
  return storage.getStore()?.via ?? null;
}
