import { requestIdFrom } from '@/lib/http/request-id';
import { logError, withRequestId } from '@/lib/log';

interface FailedRequest {
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * An error Next.js caught while rendering a page, running an action or a route (instrumentation's
 * onRequestError): one JSON line with the request's id, which the proxy put on the request, and
 * the path without its query string, which can carry search text.
 */
export function logRequestError(error: unknown, request: FailedRequest, context: { routePath: string; routeType: string }): void {
  const id = request.headers['x-request-id'];
  withRequestId(requestIdFrom(typeof id === 'string' ? id : null), () =>
    logError('request failed', error, { method: request.method, path: request.path.split('?')[0], route: context.routePath, kind: context.routeType }),
  );
}
