import 'server-only';
import { getDb } from '@/db/client';
import { logError } from '@/lib/log';
import { migrationLevel } from '@/lib/migration-level';
import { isShuttingDown } from './shutdown-state';

export type Readiness = { ready: true } | { ready: false; reason: string };

/**
 * Whether this process should get traffic: not shutting down, the database answers, and its schema
 * is the one this build expects. Reasons are fixed phrases, so a public probe learns no paths or
 * errors; the cause goes to the log.
 */
export function checkReadiness(): Readiness {
  if (isShuttingDown()) return { ready: false, reason: 'shutting down' };
  let pending: number;
  try {
    pending = migrationLevel(getDb().$client).pending;
  } catch (error) {
    logError('readiness check failed', error);
    return { ready: false, reason: 'database unavailable' };
  }
  return pending === 0 ? { ready: true } : { ready: false, reason: `${pending} database migration${pending === 1 ? '' : 's'} not applied` };
}
