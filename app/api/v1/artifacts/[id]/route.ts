import fs from 'node:fs';
import { Readable } from 'node:stream';
import { apiRoute, jsonError } from '@/lib/api/handler';
import { getArtifactDownload } from '@/lib/registry/artifacts';

export const GET = apiRoute<RouteContext<'/api/v1/artifacts/[id]'>>(async (_request, { params }, actor) => {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id < 1) return jsonError(404, 'not_found:artifact', 'No such artifact.');
  const artifact = getArtifactDownload(actor, id);
  const body = Readable.toWeb(fs.createReadStream(artifact.file)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      'Content-Type': artifact.contentType,
      'Content-Disposition': `attachment; filename="${artifact.fileName.replace(/"/g, '')}"`,
      ETag: `"${artifact.sha256}"`,
      // Next.js 16 drops Content-Length from route handler responses; no-transform at least keeps the bytes un-gzipped.
      'Cache-Control': 'private, no-transform',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
