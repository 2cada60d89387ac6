import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '@/db/paths';
import { AppError } from '@/lib/errors';

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

/** An upload hashed and held aside: `keep` moves it to its content address, `discard` drops it unless kept. */
export interface StagedBlob {
  sha256: string;
  size: number;
  keep(): void;
  discard(): void;
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
  const tmpDir = path.join(root(), 'tmp');
  fs.mkdirSync(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, crypto.randomBytes(12).toString('hex'));
  const discard = () => fs.rmSync(tmp, { force: true });
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
      fs.renameSync(tmp, final);
    };
    return { sha256, size, keep, discard };
  } catch (error) {
    await file.close().catch(() => undefined);
    discard();
    throw error;
  }
}

export async function hashBlob(sha256: string): Promise<string | null> {
  const file = blobPath(sha256);
  if (!fs.existsSync(file)) return null;
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
