import 'server-only';
import fs from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Whether another process has the database open. In WAL mode a connection keeps a lock on the
 * database's shared memory for as long as it is open, so asking for exclusive locking without
 * waiting fails while a server runs, even an idle one.
 */
export function databaseInUse(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const probe = new Database(file, { fileMustExist: true });
  try {
    probe.pragma('busy_timeout = 0');
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('COMMIT');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    probe.close();
  }
}
