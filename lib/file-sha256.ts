import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';

/** The sha256 of a file in hex, streamed so artifacts of any size fit in memory. */
export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
