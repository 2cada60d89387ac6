import 'server-only';
import type { NextRequest } from 'next/server';
import { withAuditVia } from '@/lib/audit/context';
import type { Actor } from '@/lib/auth/actor';
import { AppError, publicError } from '@/lib/errors';
import { clientIp } from '@/lib/http/client-ip';
import { logError } from '@/lib/log';
import { resolveApiActor } from './api-actor';
import { traced } from './traced';

export function jsonError(status: number, code: string, message: string, details?: unknown): Response {
  return Response.json({ error: { code, message, ...(details ? { details } : {}) } }, { status });
}

/**
 * Cookie-authenticated writes must come from our own pages: browsers always send `Origin` on
 * cross-site POSTs, so a mismatch means another site is riding the user's session.
 */
export function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

type Handler<C> = (request: NextRequest, context: C, actor: Actor) => Promise<Response> | Response;

/** Every API route goes through here: who is calling, same-origin cookie writes, typed errors as JSON, and one access line. */
export function apiRoute<C>(handler: Handler<C>) {
  return (request: NextRequest, context: C): Promise<Response> => traced(request, () => handle(handler, request, context));
}

async function handle<C>(handler: Handler<C>, request: NextRequest, context: C): Promise<Response> {
  try {
    const { kind, actor, via } = await resolveApiActor(request.headers.get('authorization'), clientIp(request.headers));
    if (!actor) {
      const response = jsonError(401, 'unauthorized', kind === 'header' ? 'The credentials are invalid, expired or revoked.' : 'Sign in or send an API token.');
      response.headers.set('WWW-Authenticate', 'Bearer realm="Modelboard", Basic realm="Modelboard"');
      return response;
    }
    // Only cookies ride along on cross-site requests; a token in a header cannot be forged by another site.
    if (kind === 'cookie' && request.method !== 'GET' && request.method !== 'HEAD' && !sameOrigin(request)) {
      return jsonError(403, 'forbidden:origin', 'Cross-site requests are not accepted.');
    }
    const run = () => handler(request, context, actor);
    return await (via ? withAuditVia(via, run) : run());
  } catch (error) {
    const { status, code, message, fieldErrors, location } = publicError(error);
    if (!(error instanceof AppError)) logError('api route failed', error, { method: request.method, path: request.nextUrl.pathname });
    return jsonError(status, code, message, fieldErrors ?? location);
  }
}
