import 'server-only';

async function* nothing(): AsyncIterable<Uint8Array> {}

/** The request body as chunks; a request without one reads as empty, so the use case explains what is missing. */
export function streamBody(request: Request): AsyncIterable<Uint8Array> {
  return (request.body as unknown as AsyncIterable<Uint8Array> | null) ?? nothing();
}

/** The size the client declared (`Content-Length`), so an oversized upload is refused before it is read. */
export function declaredLength(request: Request): number | null {
  const declared = request.headers.get('content-length');
  return declared === null ? null : Number(declared);
}
