import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { dataDir as defaultDataDir } from '@/db/paths';
import { conflict, invalidState } from '@/lib/errors';
import { sha256File } from '@/lib/file-sha256';
import { artifactFile, DB_FILE, ENVIRONMENT_KEYS, fileStamp, type Manifest, MANIFEST_FILE, SECRET_FILES } from './layout';
import { readSnapshotFacts, type SnapshotFacts } from './snapshot-facts';

export interface BackupOptions {
  /** The workspace to copy; default the server's (`DATA_DIR`). */
  dataDir?: string;
  /** The backup directory to create; default `backups/<UTC timestamp>` beside the data directory. */
  out?: string;
}

export interface BackupResult {
  dir: string;
  manifest: Manifest;
}

/** better-sqlite3 copies 100 pages a step by default; a step of every page is one read transaction. */
const ALL_PAGES = 0x7fffffff;

/**
 * SQLite's online backup in a single step: one read transaction, so the copy is the database as of
 * one commit, and writers (WAL mode) carry on meanwhile. Step by step, every commit from another
 * connection would restart the copy, and a busy server could keep it from ever finishing.
 */
async function snapshotDatabase(source: string, dest: string): Promise<void> {
  const live = new Database(source, { fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    await live.backup(dest, { progress: () => ALL_PAGES });
  } finally {
    live.close();
  }
  // A single self-contained file: the copy carries the source's WAL mode in its header otherwise.
  const copy = new Database(dest);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

async function copyVerified(from: string, to: string, sha256: string): Promise<number> {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to, fs.constants.COPYFILE_FICLONE);
  const actual = await sha256File(to);
  if (actual !== sha256) throw invalidState('backup', `Artifact ${sha256} in ${from} is damaged: its content hashes to ${actual}. Check it with POST /api/v1/artifacts/{id}/verify before backing up.`);
  return fs.statSync(to).size;
}

/**
 * Files are immutable and named by their hash, so copying them after the snapshot is consistent:
 * uploads after it are simply not named by it. Only a retention purge can remove a named file
 * meanwhile, and then the backup fails rather than miss it.
 */
async function copyArtifacts(dataDir: string, dest: string, facts: SnapshotFacts): Promise<Manifest['artifacts']> {
  const totals = { count: 0, bytes: 0 };
  for (const sha256 of facts.requiredArtifacts) {
    const from = artifactFile(dataDir, sha256);
    if (!fs.existsSync(from)) throw invalidState('backup', `Artifact ${sha256} is named by the database but missing from ${path.dirname(from)} (removed by a retention purge while the backup ran, or lost): run the backup again.`);
    totals.bytes += await copyVerified(from, artifactFile(dest, sha256), sha256);
    totals.count += 1;
  }
  for (const sha256 of facts.optionalArtifacts) {
    const from = artifactFile(dataDir, sha256);
    if (facts.requiredArtifacts.has(sha256) || !fs.existsSync(from)) continue;
    totals.bytes += await copyVerified(from, artifactFile(dest, sha256), sha256);
    totals.count += 1;
  }
  return totals;
}

function copySecrets(dataDir: string, dest: string): Manifest['secrets'] {
  return SECRET_FILES.filter((name) => {
    const from = path.join(dataDir, name);
    if (!fs.existsSync(from)) return false;
    fs.copyFileSync(from, path.join(dest, name));
    fs.chmodSync(path.join(dest, name), 0o600);
    return true;
  });
}

/**
 * A consistent copy of a running workspace. It is written into a temporary sibling directory and
 * renamed into place only when complete, so a directory with a manifest is always a whole backup.
 */
export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const started = new Date();
  const dataDir = path.resolve(options.dataDir ?? defaultDataDir());
  const source = path.join(dataDir, DB_FILE);
  if (!fs.existsSync(source)) throw invalidState('backup', `There is no database at ${source}: is DATA_DIR right?`);
  const dir = path.resolve(options.out ?? path.join(path.dirname(dataDir), 'backups', fileStamp(started)));
  if (fs.existsSync(dir)) throw conflict('backup', `${dir} already exists: choose another --out.`);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  // mkdtemp makes the directory private (0700): the backup holds the auth secret.
  const partial = fs.mkdtempSync(`${dir}.partial-`);
  try {
    const dbCopy = path.join(partial, DB_FILE);
    await snapshotDatabase(source, dbCopy);
    const facts = readSnapshotFacts(dbCopy);
    const artifacts = await copyArtifacts(dataDir, partial, facts);
    const manifest: Manifest = {
      format: 1,
      createdAt: started.toISOString(),
      source: dataDir,
      database: { sha256: await sha256File(dbCopy), bytes: fs.statSync(dbCopy).size, pageCount: facts.pageCount, pageSize: facts.pageSize, migrations: facts.migrations },
      rowCounts: facts.rowCounts,
      artifacts,
      secrets: copySecrets(dataDir, partial),
      keysFromEnvironment: ENVIRONMENT_KEYS.filter((key) => Boolean(process.env[key])),
      durationMs: Date.now() - started.getTime(),
    };
    fs.writeFileSync(path.join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.renameSync(partial, dir);
    return { dir, manifest };
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}
