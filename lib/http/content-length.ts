import http from 'node:http';

/**
 * Next.js 16 removes `Content-Length` from every route handler response (send-response.js), so downloads
 * would go out chunked and clients could neither show progress nor check the size. A handler that knows
 * its exact length puts it in this header instead, and the shim below turns it back into `Content-Length`.
 */
export const LENGTH_HEADER = 'x-modelboard-content-length';

let installed = false;

/** Runs once per server process, from instrumentation, before any request is served. */
export function restoreContentLength(): void {
  if (installed) return;
  installed = true;
  const setHeader = http.ServerResponse.prototype.setHeader;
  http.ServerResponse.prototype.setHeader = function (this: http.ServerResponse, name: string, value: number | string | readonly string[]) {
    return setHeader.call(this, name.toLowerCase() === LENGTH_HEADER ? 'content-length' : name, value);
  } as typeof setHeader;
}
