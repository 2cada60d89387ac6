import 'server-only';
import fs from 'node:fs';
import Database from 'better-sqlite3';

const PROC_LOCKS = '/proc/locks';

/**
 * Inodes with a POSIX lock held by another process, from Linux's lock table. Device numbers are left
 * out: overlay file systems (containers) report a file's device differently to stat and to the lock
 * table, and a rare false alarm is what `--force` is for.
 */
function inodesLockedByOthers(table: string): Set<number> {
  const locked = new Set<number>();
  for (const line of table.split('\n')) {
    // `1: POSIX  ADVISORY  READ 928 fe:00:2148791 128 128`; a lock from another pid namespace shows pid 0 or -1.
    const match = /^\d+:\s+POSIX\s+\S+\s+\S+\s+(-?\d+)\s+[0-9a-f]+:[0-9a-f]+:(\d+)\s/.exec(line);
    if (match && Number(match[1]) !== process.pid) locked.add(Number(match[2]));
  }
  return locked;
}

/**
 * Where there is no lock table to read: ask SQLite for the exclusive lock an open WAL connection's
 * shared lock forbids. Closing this connection can fold the WAL into the database, so it is only the
 * fallback.
 */
function exclusiveLockRefused(file: string): boolean {
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, { fileMustExist: true, timeout: 0 });
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('COMMIT');
    return false;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return true;
    // A file SQLite cannot open as a database is not one a server is using; a restore moves it aside.
    if (code.startsWith('SQLITE_')) return false;
    throw error;
  } finally {
    probe?.close();
  }
}

/**
 * Whether another process has the database open. A connection in WAL mode (the server's) holds a
 * shared lock on the database file and on its `-shm` for as long as it is open, even idle. Reading
 * those locks from the lock table writes nothing: any SQLite connection to the target would rebuild
 * its `-shm` or checkpoint its `-wal` on closing, changing the data a refused restore must leave alone.
 */
export function databaseInUse(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  if (!fs.existsSync(PROC_LOCKS)) return exclusiveLockRefused(file);
  const locked = inodesLockedByOthers(fs.readFileSync(PROC_LOCKS, 'utf8'));
  return [file, `${file}-shm`].some((f) => fs.existsSync(f) && locked.has(fs.statSync(f).ino));
}
