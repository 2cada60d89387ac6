import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '@/db/paths';
import { AppError } from '@/lib/errors';
import { sha256File } from '@/lib/file-sha256';

const GIB = 1024 ** 3;

/** `MAX_UPLOAD_BYTES` (default 2 GiB). */
export function maxUploadBytes(): number {
  const configured = Number(process.env.MAX_UPLOAD_BYTES);
  return Number.isFinite(configured) && configured > 0 ? configured : 2 * GIB;
}

export function tooLarge(): AppError {
  return new AppError('payload_too_large', 'artifact', `The file is larger than the ${formatLimit(maxUploadBytes())} upload limit.`);
}

function formatLimit(bytes: number): string {
  return bytes >= GIB ? `${(bytes / GIB).toFixed(bytes % GIB ? 1 : 0)} GiB` : `${Math.round(bytes / 1024 / 1024)} MiB`;
}

const root = () => path.join(dataDir(), 'artifacts');

/** Content-addressed: the file's path is derived from its sha256, so it can never escape the store. */
export function blobPath(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new AppError('bad_request', 'artifact', 'Invalid artifact hash.');
  return path.join(root(), sha256.slice(0, 2), sha256);
}

/** An upload hashed and held aside: `keep` moves it to its content address, `discard` drops what the store did not take. */
export interface StagedBlob {
  sha256: string;
  size: number;
  keep(): void;
  /** Removes the temporary file, and the kept file too when it is new to the store and no row names it (the transaction failed). */
  discard(isReferenced: (sha256: string) => boolean): void;
}

const tmpDir = () => path.join(root(), 'tmp');

/** Marks a file `keep` put into the store that no committed row names yet. */
const PLACED = '.placed';

/**
 * Temporary names start with the writing process's id, so a restarted server can tell the partial
 * upload of a process that died from one a live process is still writing.
 */
const tmpName = () => path.join(tmpDir(), `${process.pid}-${crypto.randomBytes(12).toString('hex')}`);

/** Drops a kept file that no row came to name, then its marker. */
function settlePlaced(marker: string, isReferenced: (sha256: string) => boolean): boolean {
  const sha256 = fs.readFileSync(marker, 'utf8');
  const orphan = /^[0-9a-f]{64}$/.test(sha256) && !isReferenced(sha256);
  if (orphan) fs.rmSync(blobPath(sha256), { force: true });
  fs.rmSync(marker, { force: true });
  return orphan;
}

/**
 * Streams a body to a temporary file while hashing it. The file reaches the shared, content-addressed
 * store only when the caller keeps it, so a failed upload never leaves a blob behind nor removes one
 * that other versions share.
 */
export async function stageBlob(
  body: AsyncIterable<Uint8Array>,
  { limit = maxUploadBytes(), expectedSha256 }: { limit?: number; expectedSha256?: string } = {},
): Promise<StagedBlob> {
  fs.mkdirSync(tmpDir(), { recursive: true });
  const tmp = tmpName();
  const marker = `${tmp}${PLACED}`;
  const removeTmp = () => fs.rmSync(tmp, { force: true });
  const hash = crypto.createHash('sha256');
  const file = await fs.promises.open(tmp, 'wx');
  let size = 0;
  try {
    for await (const chunk of body) {
      size += chunk.byteLength;
      if (size > limit) throw tooLarge();
      hash.update(chunk);
      await file.write(chunk);
    }
    await file.sync();
    await file.close();
    const sha256 = hash.digest('hex');
    if (expectedSha256 && sha256 !== expectedSha256) {
      throw new AppError('bad_request', 'artifact', `The upload was corrupted in transit: its sha256 is ${sha256}, not the expected ${expectedSha256}.`);
    }
    const keep = () => {
      const final = blobPath(sha256);
      fs.mkdirSync(path.dirname(final), { recursive: true });
      // Kept inside the caller's transaction, before its commit: a crash in between would otherwise
      // leave a file no row names, and a restart could not tell it from a deleted version's.
      if (!fs.existsSync(final)) fs.writeFileSync(marker, sha256);
      fs.renameSync(tmp, final);
    };
    const discard = (isReferenced: (sha256: string) => boolean) => {
      removeTmp();
      if (fs.existsSync(marker)) settlePlaced(marker, isReferenced);
    };
    return { sha256, size, keep, discard };
  } catch (error) {
    await file.close().catch(() => undefined);
    removeTmp();
    throw error;
  }
}

/**
 * A file with our own process id came from an earlier process that had the id, or from another
 * container sharing the data directory (each is pid 1): only one left untouched this long is taken
 * for abandoned, since a live upload writes to its file as the body streams in.
 */
const SAME_PID_LEASE_MS = 10 * 60 * 1000;

function abandoned(name: string, now: number): boolean {
  const pid = Number(/^(\d+)-/.exec(name)?.[1]);
  if (!Number.isSafeInteger(pid) || pid <= 0) return true;
  if (pid === process.pid) return now - fs.statSync(path.join(tmpDir(), name)).mtimeMs > SAME_PID_LEASE_MS;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'EPERM';
  }
}

/**
 * What uploads cut short by a crash left behind: partial temporary files, and files kept into the
 * store whose transaction never committed (when no row names them). Only for startup, before any
 * upload of this process has begun.
 */
export function sweepInterruptedUploads(isReferenced: (sha256: string) => boolean): { partial: number; orphans: number } {
  const swept = { partial: 0, orphans: 0 };
  if (!fs.existsSync(tmpDir())) return swept;
  const now = Date.now();
  const names = fs.readdirSync(tmpDir()).filter((name) => abandoned(name, now));
  // Markers first: their sha256 decides whether a kept file stays, whatever happens to the temporary files.
  for (const name of names.filter((n) => n.endsWith(PLACED))) if (settlePlaced(path.join(tmpDir(), name), isReferenced)) swept.orphans += 1;
  for (const name of names.filter((n) => !n.endsWith(PLACED))) {
    fs.rmSync(path.join(tmpDir(), name), { force: true });
    swept.partial += 1;
  }
  return swept;
}

export async function hashBlob(sha256: string): Promise<string | null> {
  const file = blobPath(sha256);
  if (!fs.existsSync(file)) return null;
  return sha256File(file);
}
