import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

const JOURNAL = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations', 'meta', '_journal.json');

export interface MigrationLevel {
  /** How many migrations the database records as applied. */
  applied: number;
  /** The tag of the newest applied migration; `unknown (<when>)` when this build does not know it. */
  latest: string | null;
  /** Migrations of this build the database has not had. */
  pending: number;
}

/** The migrations this build knows, oldest first, as drizzle-kit's journal lists them. */
export function knownMigrations(): { tag: string; when: number }[] {
  return (JSON.parse(fs.readFileSync(JOURNAL, 'utf8')) as { entries: { tag: string; when: number }[] }).entries;
}

/** drizzle's migrator records each applied migration with the journal's `when` as `created_at`. */
function appliedTimes(sqlite: Database.Database): number[] {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!table) return [];
  return (sqlite.prepare('SELECT created_at FROM __drizzle_migrations').pluck().all() as (number | string)[]).map(Number);
}

/** Where a database stands against this build's migrations, read without changing it. */
export function migrationLevel(sqlite: Database.Database): MigrationLevel {
  const known = knownMigrations();
  const applied = appliedTimes(sqlite);
  const last = applied.length > 0 ? Math.max(...applied) : null;
  const appliedSet = new Set(applied);
  return {
    applied: applied.length,
    latest: last === null ? null : (known.find((m) => m.when === last)?.tag ?? `unknown (${last})`),
    pending: known.filter((m) => !appliedSet.has(m.when)).length,
  };
}
