import 'server-only';
import type { NextRequest } from 'next/server';
import { resolveApiActor } from '@/lib/api/api-actor';
import { sameOrigin } from '@/lib/api/handler';
import { readJson } from '@/lib/api/json-body';
import { traced } from '@/lib/api/traced';
import { withAuditVia } from '@/lib/audit/context';
import { AppError } from '@/lib/errors';
import { clientIp } from '@/lib/http/client-ip';
import { logError } from '@/lib/log';
import { invalid, mlflowError, mlflowErrorFrom } from './errors';
import type { MlflowHandler } from './paging';
import { REGISTRY } from './registry-endpoints';
import { TRACKING } from './tracking-endpoints';

const ENDPOINTS: Record<string, MlflowHandler> = { ...TRACKING, ...REGISTRY };
const ARRAY_PARAMS = new Set(['experiment_ids', 'run_ids', 'order_by']);

/** GET reads the query string (repeated keys become lists), everything else a JSON object body. */
async function readInput(request: NextRequest, endpoint: string): Promise<Record<string, unknown>> {
  if (request.method === 'GET') {
    const params = request.nextUrl.searchParams;
    return Object.fromEntries([...new Set(params.keys())].map((k) => [k, ARRAY_PARAMS.has(k) ? params.getAll(k) : params.get(k)]));
  }
  const body = await readJson(request, endpoint === 'runs/log-batch' ? 64 * 1024 * 1024 : 1024 * 1024);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('The request body must be a JSON object.');
  // Some clients send DELETE arguments in the query string; the body wins where both are given.
  return request.method === 'DELETE' ? { ...Object.fromEntries(request.nextUrl.searchParams), ...body } : (body as Record<string, unknown>);
}

/** MLflow's search endpoints accept GET with query parameters as well as POST. */
function lookup(method: string, endpoint: string): MlflowHandler | undefined {
  return ENDPOINTS[`${method} ${endpoint}`] ?? (method === 'GET' && endpoint.endsWith('/search') ? ENDPOINTS[`POST ${endpoint}`] : undefined);
}

async function handle(request: NextRequest, { params }: { params: Promise<{ endpoint: string[] }> }): Promise<Response> {
  const endpoint = (await params).endpoint.join('/');
  const handler = lookup(request.method, endpoint);
  if (!handler) return mlflowError(404, 'ENDPOINT_NOT_FOUND', `No ${request.method} endpoint ${endpoint} in the MLflow API.`);
  try {
    const { kind, actor, via } = await resolveApiActor(request.headers.get('authorization'), clientIp(request.headers));
    if (!actor) return mlflowError(401, 'UNAUTHENTICATED', 'Send an API token (MLFLOW_TRACKING_TOKEN) or a user name and password.');
    if (kind === 'cookie' && request.method !== 'GET' && !sameOrigin(request)) return mlflowError(403, 'PERMISSION_DENIED', 'Cross-site requests are not accepted.');
    const input = await readInput(request, endpoint);
    const run = () => handler(actor, input);
    return Response.json(await (via ? withAuditVia(via, run) : run()));
  } catch (error) {
    if (error instanceof AppError) return mlflowErrorFrom(error);
    logError('mlflow endpoint failed', error, { endpoint });
    return mlflowError(500, 'INTERNAL_ERROR', 'Something went wrong on our side.');
  }
}

const route = (request: NextRequest, context: { params: Promise<{ endpoint: string[] }> }) => traced(request, () => handle(request, context));

export const mlflowRoute = { GET: route, POST: route, PATCH: route, DELETE: route };
