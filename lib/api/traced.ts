import 'server-only';
import { requestIdFrom, withRequestIdHeader } from '@/lib/http/request-id';
import { log, withRequestId } from '@/lib/log';

/**
 * An API request with its id (the caller's when sane, else a new one), echoed on the answer and
 * carried by every line logged while it runs, and one access line when it is answered. API routes
 * skip the proxy, so this is where their id is taken or made.
 */
export function traced(request: Request, run: () => Promise<Response>): Promise<Response> {
  const requestId = requestIdFrom(request.headers.get('x-request-id'));
  return withRequestId(requestId, async () => {
    const started = performance.now();
    const response = await run();
    // The path without its query string, which can carry cursors and search text. The duration
    // runs to the response's headers; a streamed body may still be flowing.
    log('info', 'api request', { method: request.method, path: new URL(request.url).pathname, status: response.status, durationMs: Math.round(performance.now() - started) });
    return withRequestIdHeader(response, requestId);
  });
}

/**
 * For route handlers outside apiRoute (the health probes): the answer carries the request's id, and
 * so does anything logged while it runs, without an access line per probe.
 */
export function echoingRequestId<A extends unknown[]>(handler: (request: Request, ...rest: A) => Response | Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    const requestId = requestIdFrom(request.headers.get('x-request-id'));
    return withRequestIdHeader(await withRequestId(requestId, () => handler(request, ...rest)), requestId);
  };
}
