import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { getDb } from '@/db/client';
import { logError } from '@/lib/log';
import { isShuttingDown } from './shutdown-state';

const JOURNAL = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations', 'meta', '_journal.json');

export type Readiness = { ready: true } | { ready: false; reason: string };

/** drizzle-kit's journal lists every migration; the migrator records each applied one by its `when`. */
function journalTimes(): number[] {
  const journal = JSON.parse(fs.readFileSync(JOURNAL, 'utf8')) as { entries: { when: number }[] };
  return journal.entries.map((entry) => entry.when);
}

function pendingMigrations(): number {
  const sqlite = getDb().$client;
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  const applied = new Set(table ? (sqlite.prepare('SELECT created_at AS at FROM __drizzle_migrations').all() as { at: number }[]).map((row) => Number(row.at)) : []);
  return journalTimes().filter((when) => !applied.has(when)).length;
}

/**
 * Whether this process should get traffic: not shutting down, the database answers, and its schema
 * is the one this build expects. Reasons are fixed phrases, so a public probe learns no paths or
 * errors; the cause goes to the log.
 */
export function checkReadiness(): Readiness {
  if (isShuttingDown()) return { ready: false, reason: 'shutting down' };
  let pending: number;
  try {
    getDb().$client.prepare('SELECT 1').get();
    pending = pendingMigrations();
  } catch (error) {
    logError('readiness check failed', error);
    return { ready: false, reason: 'database unavailable' };
  }
  return pending === 0 ? { ready: true } : { ready: false, reason: `${pending} database migration${pending === 1 ? '' : 's'} not applied` };
}
