import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { verifyAuditChain } from '@/lib/audit/verify';
import { sha256File } from '@/lib/file-sha256';
import { knownMigrations } from '@/lib/migration-level';
import { createModelUseCase } from '@/lib/registry/models';
import { makeActor, tableCounts } from '@/lib/testing/temp-workspace';
import { type BackupResult, createBackup } from './create-backup';
import { artifactFile, DB_FILE, MANIFEST_FILE } from './layout';
import { restoreBackup } from './restore-backup';
import { integrityProblems, readSnapshotFacts } from './snapshot-facts';

const ROOT = path.join(__dirname, '../..');
const WRITER = path.join(__dirname, '../testing/backup-writer.ts');

/** Opens the database like the server does, says so, and keeps it open until killed. */
const HOLDER = "const db = new (require('better-sqlite3'))(process.argv[1]); db.pragma('journal_mode = WAL'); db.prepare('SELECT count(*) FROM users').get(); console.log('open'); setInterval(() => {}, 1000);";

let base = '';
let source = '';
let target = '';
let backup: BackupResult;
const rounds = { atStart: 0, atEnd: 0, total: 0 };

/** Resolves once the writer has printed `n` rounds; rejects if it exits first. */
function roundsOf(child: ChildProcessWithoutNullStreams) {
  let done = 0;
  let stderr = '';
  const waiters: { n: number; resolve: () => void }[] = [];
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  child.stdout.on('data', (chunk) => {
    done = Math.max(done, ...String(chunk).trim().split('\n').map(Number));
    for (const w of waiters.filter((w) => done >= w.n)) w.resolve();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const reach = (n: number) =>
    new Promise<void>((resolve, reject) => {
      if (done >= n) return resolve();
      waiters.push({ n, resolve });
      void exited.then((code) => reject(new Error(`The writer exited (${code}) before round ${n}: ${stderr}`)));
    });
  return { done: () => done, reach, exited };
}

function useDataDir(dir: string): void {
  closeDb();
  process.env.DATA_DIR = dir;
}

/** A restore adds one row: its own audit entry, at the end of the chain. */
const restoredRowCounts = () => ({ ...backup.manifest.rowCounts, audit_log: backup.manifest.rowCounts.audit_log! + 1 });

/** Every file under a directory with its sha256: a refused restore must leave all of them as they were. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const entries = await Promise.all(files.map(async (e) => [path.relative(dir, path.join(e.parentPath, e.name)), await sha256File(path.join(e.parentPath, e.name))]));
  return Object.fromEntries(entries);
}

function tamperedCopy(name: string, change: (dir: string) => void): string {
  const dir = path.join(base, name);
  fs.cpSync(backup.dir, dir, { recursive: true });
  change(dir);
  return dir;
}

function flipByte(file: string): void {
  const bytes = fs.readFileSync(file);
  const at = Math.floor(bytes.length / 2);
  bytes[at] = bytes[at]! ^ 0xff;
  fs.writeFileSync(file, bytes);
}

const keysFromEnvironment = { AUTH_SECRET: process.env.AUTH_SECRET, AUDIT_KEY: process.env.AUDIT_KEY };

beforeAll(async () => {
  // The workspace generates its auth secret into DATA_DIR, which the backup must then carry.
  delete process.env.AUTH_SECRET;
  delete process.env.AUDIT_KEY;
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'modelboard-backup-'));
  source = path.join(base, 'data');
  target = path.join(base, 'target');
  useDataDir(source);
  const author = await makeActor('data_scientist', 'ml');
  createModelUseCase(author, { name: 'churn', taskType: 'classification', riskTier: 'low' });
  const stopFile = path.join(base, 'stop');
  const writer = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', WRITER, JSON.stringify({ actor: author, model: 'churn', stopFile })], { cwd: ROOT, env: { ...process.env } });
  const progress = roundsOf(writer);
  await progress.reach(3);
  rounds.atStart = progress.done();
  backup = await createBackup({ dataDir: source, out: path.join(base, 'backups', 'first') });
  rounds.atEnd = progress.done();
  // The writer carries on after the snapshot: the backup must describe the moment it was taken.
  await progress.reach(rounds.atEnd + 2);
  fs.writeFileSync(stopFile, '');
  expect(await progress.exited).toBe(0);
  rounds.total = progress.done();
  fs.cpSync(backup.dir, target, { recursive: true });
  fs.rmSync(path.join(target, MANIFEST_FILE));
}, 120_000);

afterAll(() => {
  closeDb();
  for (const [key, value] of Object.entries(keysFromEnvironment)) if (value !== undefined) process.env[key] = value;
  fs.rmSync(base, { recursive: true, force: true });
});

describe('an online backup taken while another process writes', () => {
  it('describes one moment between the writes before it and those after it, with every artifact it names', () => {
    const { manifest } = backup;
    expect(manifest.rowCounts.model_versions).toBeGreaterThanOrEqual(rounds.atStart);
    expect(manifest.rowCounts.model_versions).toBeLessThanOrEqual(rounds.atEnd + 1);
    expect(tableCounts().model_versions).toBe(rounds.total);
    expect(manifest.artifacts.count).toBe(manifest.rowCounts.artifacts);
    expect(manifest.database.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.database.migrations.applied).toBe(knownMigrations().length);
    expect(manifest.secrets).toEqual(['auth-secret']);
    expect(fs.readdirSync(path.join(base, 'backups'))).toEqual(['first']);
  });

  it('restores into a fresh data directory that passes the integrity check and the audit chain, with every artifact and row', async () => {
    const fresh = path.join(base, 'fresh');
    const result = await restoreBackup({ backupDir: backup.dir, dataDir: fresh });
    expect(result.previous).toBeNull();
    expect(integrityProblems(path.join(fresh, DB_FILE))).toEqual([]);
    expect(fs.readFileSync(path.join(fresh, 'auth-secret'), 'utf8')).toBe(fs.readFileSync(path.join(source, 'auth-secret'), 'utf8'));
    useDataDir(fresh);
    const chain = verifyAuditChain();
    expect(chain).toMatchObject({ ok: true, problem: null });
    expect(chain.rows).toBe(backup.manifest.rowCounts.audit_log! + 1);
    expect(tableCounts()).toEqual(restoredRowCounts());
    const last = getDb().$client.prepare('SELECT actor_id AS actorId, action, entity_type AS entityType, via, after FROM audit_log ORDER BY id DESC LIMIT 1').get() as Record<string, string | null>;
    expect(last).toMatchObject({ actorId: null, action: 'workspace.restore', entityType: 'workspace', via: 'restore' });
    expect(JSON.parse(last.after!)).toMatchObject({ backupCreatedAt: backup.manifest.createdAt, backupDir: backup.dir, auditEntriesInBackup: backup.manifest.rowCounts.audit_log });
    const hashes = getDb().$client.prepare('SELECT sha256 FROM artifacts').pluck().all() as string[];
    expect(hashes).toHaveLength(backup.manifest.rowCounts.artifacts!);
    for (const sha256 of hashes) expect(await sha256File(artifactFile(fresh, sha256))).toBe(sha256);
  });

  it('fails rather than leave a backup without an artifact its database names, and leaves no directory behind', async () => {
    const sha256 = (new Database(path.join(backup.dir, DB_FILE), { readonly: true }).prepare('SELECT sha256 FROM artifacts LIMIT 1').pluck().get() as string);
    fs.rmSync(artifactFile(source, sha256));
    await expect(createBackup({ dataDir: source, out: path.join(base, 'backups', 'second') })).rejects.toThrow(`Artifact ${sha256} is named by the database but missing`);
    expect(fs.readdirSync(path.join(base, 'backups'))).toEqual(['first']);
  });
});

describe('a restore refuses, leaving the data directory untouched,', () => {
  const refused = async (backupDir: string, message: RegExp | string, dataDir = target) => {
    const before = await fingerprint(dataDir);
    await expect(restoreBackup({ backupDir, dataDir })).rejects.toThrow(message);
    expect(await fingerprint(dataDir)).toEqual(before);
    const leftovers = fs.readdirSync(path.dirname(dataDir)).filter((name) => name.startsWith(`.${path.basename(dataDir)}`) || name.includes('before-restore'));
    expect(leftovers).toEqual([]);
    return before;
  };

  it('a backup whose database has a changed byte', async () => {
    const dir = tamperedCopy('bad-db', (d) => flipByte(path.join(d, DB_FILE)));
    await refused(dir, /modelboard\.db in the backup does not match its manifest .*damaged or altered/);
  });

  it('a backup whose artifact has a changed byte', async () => {
    const sha256 = Object.keys(await fingerprint(backup.dir)).find((f) => f.startsWith('artifacts/'))!.split('/').pop()!;
    const dir = tamperedCopy('bad-artifact', (d) => flipByte(artifactFile(d, sha256)));
    await refused(dir, `Artifact ${sha256} in the backup does not match its sha256`);
  });

  it('a database edited with its manifest to match: the audit chain catches it', async () => {
    const dir = tamperedCopy('rewritten', (d) => {
      const db = new Database(path.join(d, DB_FILE));
      db.exec('DROP TRIGGER audit_log_append_only_update');
      db.prepare("UPDATE audit_log SET action = 'model.delete' WHERE id = 2").run();
      db.close();
    });
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8'));
    manifest.database.sha256 = await sha256File(path.join(dir, DB_FILE));
    fs.writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest));
    await refused(dir, "The backup's audit log fails verification at row 2");
  });

  it('a backup checked with another auth secret than the one that signed its audit log', async () => {
    process.env.AUTH_SECRET = 'not-the-workspace-secret';
    try {
      await refused(backup.dir, /signature the audit key did not make\. Restore with the AUTH_SECRET/);
    } finally {
      delete process.env.AUTH_SECRET;
    }
  });

  it('a backup holding a symbolic link, even to a file with the right content, as an artifact or a shard folder', async () => {
    const sha256 = Object.keys(await fingerprint(backup.dir)).find((f) => f.startsWith('artifacts/'))!.split('/').pop()!;
    const outside = path.join(base, 'outside');
    fs.cpSync(path.dirname(artifactFile(backup.dir, sha256)), outside, { recursive: true });
    const linkedFile = tamperedCopy('linked-artifact', (d) => {
      fs.rmSync(artifactFile(d, sha256));
      fs.symlinkSync(path.join(outside, sha256), artifactFile(d, sha256));
    });
    await refused(linkedFile, `artifacts/${sha256.slice(0, 2)}/${sha256} in the backup is a symbolic link`);
    const linkedShard = tamperedCopy('linked-shard', (d) => {
      fs.rmSync(path.dirname(artifactFile(d, sha256)), { recursive: true });
      fs.symlinkSync(outside, path.dirname(artifactFile(d, sha256)));
    });
    await refused(linkedShard, `artifacts/${sha256.slice(0, 2)} in the backup is a symbolic link`);
  });

  it('a WAL-mode data directory a crashed server left with its -wal and -shm: not one byte of them changes', async () => {
    const crashed = path.join(base, 'crashed', 'data');
    fs.mkdirSync(crashed, { recursive: true });
    // The files of a live WAL database, copied while it is open: what a killed server leaves behind.
    const live = new Database(path.join(base, 'crashed', 'live.db'));
    live.pragma('journal_mode = WAL');
    live.pragma('wal_autocheckpoint = 0');
    live.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('not yet in the database file')");
    for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(`${live.name}${suffix}`, path.join(crashed, `${DB_FILE}${suffix}`));
    live.close();
    const dir = tamperedCopy('bad-db-for-wal', (d) => flipByte(path.join(d, DB_FILE)));
    const before = await refused(dir, /does not match its manifest/, crashed);
    expect(Object.keys(before).sort()).toEqual([DB_FILE, `${DB_FILE}-shm`, `${DB_FILE}-wal`]);
  });

  it('a directory without a manifest, as an interrupted backup leaves', async () => {
    const dir = tamperedCopy('interrupted', (d) => fs.rmSync(path.join(d, MANIFEST_FILE)));
    await refused(dir, 'it has no manifest.json');
  });

  it('while another process has the database open, unless forced; forced, the old data is moved aside', async () => {
    // Another process, as a server is: SQLite's locks do not separate connections of one process.
    const server = spawn(process.execPath, ['-e', HOLDER, path.join(target, DB_FILE)], { cwd: ROOT });
    await new Promise((resolve) => server.stdout.once('data', resolve));
    try {
      await refused(backup.dir, /is in use: .*Stop the Modelboard server before restoring/);
      const { previous } = await restoreBackup({ backupDir: backup.dir, dataDir: target, force: true });
      expect(path.basename(previous!)).toMatch(/^target\.before-restore-\d{4}-\d\d-\d\dT\d{6}Z$/);
      expect(fs.existsSync(path.join(previous!, DB_FILE))).toBe(true);
      expect(readSnapshotFacts(path.join(target, DB_FILE)).rowCounts).toEqual(restoredRowCounts());
    } finally {
      server.kill();
    }
  });
});

describe('a restore over a data directory whose database is damaged', () => {
  it('goes ahead, since no server can be using it, and moves the damaged data aside', async () => {
    const damaged = path.join(base, 'damaged', 'data');
    fs.mkdirSync(damaged, { recursive: true });
    fs.writeFileSync(path.join(damaged, DB_FILE), 'not a database '.repeat(1000));
    const { previous } = await restoreBackup({ backupDir: backup.dir, dataDir: damaged });
    expect(fs.readFileSync(path.join(previous!, DB_FILE), 'utf8')).toMatch(/^not a database/);
    expect(integrityProblems(path.join(damaged, DB_FILE))).toEqual([]);
    expect(readSnapshotFacts(path.join(damaged, DB_FILE)).rowCounts).toEqual(restoredRowCounts());
  });
});
