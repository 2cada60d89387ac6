import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { closeDb } from '@/db/client';
import { verifyAuditChain } from '@/lib/audit/verify';
import { invalidState } from '@/lib/errors';
import { sha256File } from '@/lib/file-sha256';
import { knownMigrations } from '@/lib/migration-level';
import { ARTIFACTS_DIR, artifactFile, DB_FILE, type Manifest, MANIFEST_FILE, manifestSchema, SHA256 } from './layout';
import { integrityProblems, readSnapshotFacts } from './snapshot-facts';

const refuse = (message: string) => invalidState('backup', message);

export function readManifest(backupDir: string): Manifest {
  if (!fs.existsSync(backupDir)) throw refuse(`There is no backup at ${backupDir}.`);
  const file = path.join(backupDir, MANIFEST_FILE);
  if (!fs.existsSync(file)) throw refuse(`${backupDir} is not a complete Modelboard backup: it has no ${MANIFEST_FILE}.`);
  let parsed;
  try {
    parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    throw refuse(`${file} is not valid JSON: the backup was damaged or altered.`);
  }
  if (!parsed.success) throw refuse(`${file} is not a Modelboard backup manifest: ${parsed.error.issues[0]?.message ?? 'unreadable'}.`);
  return parsed.data;
}

/**
 * A backup holds only plain files and folders. A symbolic link (or device, socket, pipe) would be
 * followed by the checks yet copied as itself, and the server would then serve whatever it points to.
 */
export function refuseAnythingButFiles(dir: string): void {
  const walk = (folder: string): void => {
    for (const name of fs.readdirSync(folder)) {
      const entry = path.join(folder, name);
      const stat = fs.lstatSync(entry);
      if (stat.isDirectory()) walk(entry);
      else if (!stat.isFile()) {
        const kind = stat.isSymbolicLink() ? 'a symbolic link' : 'neither a file nor a folder';
        throw refuse(`${path.relative(dir, entry)} in the backup is ${kind}: a backup holds only files and folders, so it was altered.`);
      }
    }
  };
  walk(dir);
}

function artifactFiles(dir: string): string[] {
  const root = path.join(dir, ARTIFACTS_DIR);
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function verifyArtifacts(dir: string, manifest: Manifest, required: Set<string>): Promise<void> {
  const totals = { count: 0, bytes: 0 };
  for (const file of artifactFiles(dir)) {
    const name = path.basename(file);
    if (!SHA256.test(name) || file !== artifactFile(dir, name)) throw refuse(`${path.relative(dir, file)} does not belong in a backup's artifact store.`);
    const actual = await sha256File(file);
    if (actual !== name) throw refuse(`Artifact ${name} in the backup does not match its sha256 (its content hashes to ${actual}): the backup was damaged or altered.`);
    totals.count += 1;
    totals.bytes += fs.statSync(file).size;
  }
  const missing = [...required].find((sha256) => !fs.existsSync(artifactFile(dir, sha256)));
  if (missing) throw refuse(`Artifact ${missing} is named by the backed-up database but missing from the backup.`);
  if (totals.count !== manifest.artifacts.count || totals.bytes !== manifest.artifacts.bytes) {
    throw refuse(`The backup holds ${totals.count} artifacts (${totals.bytes} bytes); its manifest says ${manifest.artifacts.count} (${manifest.artifacts.bytes} bytes).`);
  }
}

/** Runs `fn` with the server's database opener pointed at a staged copy, then points it back. */
export function withStagedDatabase<T>(dir: string, fn: () => T): T {
  const previous = process.env.DATA_DIR;
  closeDb();
  process.env.DATA_DIR = dir;
  try {
    return fn();
  } finally {
    closeDb();
    if (previous === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = previous;
  }
}

/** The audit chain, verified with the keys the restored workspace will run with (its auth secret, or the environment's). */
function verifyChain(dir: string): void {
  const result = withStagedDatabase(dir, verifyAuditChain);
  if (!result.ok) {
    const reason = result.problem?.reason ?? '';
    // Intact rows with signatures that do not verify usually mean a different key, not tampering.
    const hint = /signature/.test(reason) ? ' Restore with the AUTH_SECRET (and AUDIT_KEY) the workspace used when the backup was taken.' : '';
    throw refuse(`The backup's audit log fails verification at row ${result.problem?.seq ?? '?'}: ${reason}${hint}`);
  }
}

/**
 * Checks a staged copy of a backup before it replaces anything: it holds only files and folders, the
 * database is the one the manifest describes, SQLite finds it sound, every artifact matches its hash,
 * and the audit chain verifies.
 */
export async function verifyStagedBackup(dir: string, manifest: Manifest): Promise<void> {
  refuseAnythingButFiles(dir);
  const db = path.join(dir, DB_FILE);
  if (!fs.existsSync(db)) throw refuse(`The backup has no ${DB_FILE}.`);
  const sha256 = await sha256File(db);
  if (sha256 !== manifest.database.sha256) throw refuse(`${DB_FILE} in the backup does not match its manifest (sha256 ${sha256}, manifest ${manifest.database.sha256}): the backup was damaged or altered.`);
  const problems = integrityProblems(db);
  if (problems.length > 0) throw refuse(`SQLite's integrity check of the backup failed: ${problems.slice(0, 3).join('; ')}`);
  const facts = readSnapshotFacts(db);
  if (facts.migrations.applied > knownMigrations().length) throw refuse(`The backup was made by a newer Modelboard (${facts.migrations.applied} migrations applied; this one knows ${knownMigrations().length}): restore it with that version.`);
  const differing = Object.keys({ ...facts.rowCounts, ...manifest.rowCounts }).find((table) => facts.rowCounts[table] !== manifest.rowCounts[table]);
  if (differing) throw refuse(`Table ${differing} has ${facts.rowCounts[differing] ?? 0} rows in the backup; its manifest says ${manifest.rowCounts[differing] ?? 0}.`);
  await verifyArtifacts(dir, manifest, facts.requiredArtifacts);
  verifyChain(dir);
}
