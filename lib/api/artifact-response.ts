import 'server-only';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { parseByteRange } from '@/lib/http/byte-range';
import { LENGTH_HEADER } from '@/lib/http/content-length';

export interface StoredFile {
  file: string;
  fileName: string;
  size: number;
  contentType: string;
  sha256: string;
}

const stream = (file: string, start: number, end: number) =>
  Readable.toWeb(fs.createReadStream(file, { start, end })) as ReadableStream<Uint8Array>;

/**
 * A download with its exact length, resumable with `Range` (a single range, as curl, browsers and
 * download managers ask), validated by the sha256 as a strong ETag so a resumed download never mixes
 * two different files.
 */
export function artifactResponse(request: Request, artifact: StoredFile): Response {
  const etag = `"${artifact.sha256}"`;
  const headers = new Headers({
    'Content-Type': artifact.contentType,
    'Content-Disposition': `attachment; filename="${artifact.fileName.replace(/"/g, '')}"`,
    ETag: etag,
    'Accept-Ranges': 'bytes',
    // no-transform keeps Next's compression away, so the length we announce is the length we send.
    'Cache-Control': 'private, no-transform',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.headers.get('if-none-match')?.split(',').some((tag) => tag.trim() === etag)) return new Response(null, { status: 304, headers });
  const ifRange = request.headers.get('if-range');
  const range = ifRange === null || ifRange === etag ? parseByteRange(request.headers.get('range'), artifact.size) : null;
  if (range === 'unsatisfiable') {
    headers.set('Content-Range', `bytes */${artifact.size}`);
    headers.set(LENGTH_HEADER, '0');
    return new Response(null, { status: 416, headers });
  }
  const { start, end } = range ?? { start: 0, end: artifact.size - 1 };
  headers.set(LENGTH_HEADER, String(end - start + 1));
  if (range) headers.set('Content-Range', `bytes ${start}-${end}/${artifact.size}`);
  const body = request.method === 'HEAD' || artifact.size === 0 ? null : stream(artifact.file, start, end);
  return new Response(body, { status: range ? 206 : 200, headers });
}
