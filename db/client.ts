import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { dbFile } from './paths';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations');

function open(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // WAL makes NORMAL durable against application crashes; only power loss can drop the last commits.
  sqlite.pragma('synchronous = NORMAL');
  const db = drizzle(sqlite, { schema });
  // Idempotent: drizzle records applied migrations in __drizzle_migrations.
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}

const cache = globalThis as unknown as { __modelboardDb?: { file: string; db: Db } };

/** One connection per process and database file, migrated on first use. */
export function getDb(): Db {
  const file = dbFile();
  if (cache.__modelboardDb?.file !== file) {
    cache.__modelboardDb?.db.$client.close();
    cache.__modelboardDb = { file, db: open(file) };
  }
  return cache.__modelboardDb.db;
}

export function closeDb(): void {
  cache.__modelboardDb?.db.$client.close();
  cache.__modelboardDb = undefined;
}
