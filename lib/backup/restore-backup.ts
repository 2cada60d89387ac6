import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir as defaultDataDir } from '@/db/paths';
import { invalidState } from '@/lib/errors';
import { databaseInUse } from './in-use';
import { ARTIFACTS_DIR, DB_FILE, fileStamp, type Manifest, SECRET_FILES } from './layout';
import { recordRestore } from './record-restore';
import { readManifest, refuseAnythingButFiles, verifyStagedBackup } from './verify-backup';

export interface RestoreOptions {
  backupDir: string;
  /** The workspace to replace; default the server's (`DATA_DIR`). */
  dataDir?: string;
  /** Skip the check that no process has the target database open. */
  force?: boolean;
}

export interface RestoreResult {
  manifest: Manifest;
  /** The data directory restored into. */
  target: string;
  /** Where the data directory's previous contents were moved; null when there were none. */
  previous: string | null;
}

function refuseWhileInUse(dataDir: string): void {
  if (databaseInUse(path.join(dataDir, DB_FILE))) {
    throw invalidState('backup', `${dataDir} is in use: another process has its database open. Stop the Modelboard server before restoring (or pass --force if you are sure nothing writes to it).`);
  }
}

/** Without its keys a restored workspace cannot check its audit chain nor decrypt its webhook secrets. */
function refuseWithoutKeys(manifest: Manifest): void {
  const missing = manifest.keysFromEnvironment.filter((key) => !process.env[key]);
  if (missing.length > 0) {
    throw invalidState('backup', `The backup was taken with ${missing.join(' and ')} set in the environment; set the same value${missing.length > 1 ? 's' : ''} and restore again (the audit chain's signatures and the webhook secrets depend on ${missing.length > 1 ? 'them' : 'it'}).`);
  }
}

function stage(backupDir: string, staging: string, manifest: Manifest): void {
  fs.copyFileSync(path.join(backupDir, DB_FILE), path.join(staging, DB_FILE));
  const artifacts = path.join(backupDir, ARTIFACTS_DIR);
  if (fs.existsSync(artifacts)) fs.cpSync(artifacts, path.join(staging, ARTIFACTS_DIR), { recursive: true });
  for (const name of SECRET_FILES.filter((s) => manifest.secrets.includes(s))) {
    fs.copyFileSync(path.join(backupDir, name), path.join(staging, name));
    fs.chmodSync(path.join(staging, name), 0o600);
  }
}

/** Two renames within one parent directory: the old data goes aside whole, and comes back if the second fails. */
function swapIn(staging: string, dataDir: string, at: Date): string | null {
  if (!fs.existsSync(dataDir)) {
    fs.renameSync(staging, dataDir);
    return null;
  }
  const aside = `${dataDir}.before-restore-${fileStamp(at)}`;
  fs.renameSync(dataDir, aside);
  try {
    fs.renameSync(staging, dataDir);
  } catch (error) {
    fs.renameSync(aside, dataDir);
    throw error;
  }
  return aside;
}

/**
 * Restores a backup into a data directory whose server is stopped. The backup is copied beside the
 * data directory and verified there; only a copy that passes every check replaces the data, which is
 * moved aside rather than deleted. A refused restore leaves the data directory as it was.
 */
export async function restoreBackup({ backupDir, dataDir = defaultDataDir(), force = false }: RestoreOptions): Promise<RestoreResult> {
  const target = path.resolve(dataDir);
  const manifest = readManifest(backupDir);
  refuseAnythingButFiles(backupDir);
  if (!force) refuseWhileInUse(target);
  refuseWithoutKeys(manifest);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const staging = fs.mkdtempSync(path.join(path.dirname(target), `.${path.basename(target)}.restoring-`));
  try {
    stage(backupDir, staging, manifest);
    await verifyStagedBackup(staging, manifest);
    const at = new Date();
    recordRestore(staging, backupDir, manifest, at);
    // Verifying can take a while: a server started meanwhile must not lose its writes to the swap.
    if (!force) refuseWhileInUse(target);
    return { manifest, target, previous: swapIn(staging, target, at) };
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
