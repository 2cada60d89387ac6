import 'server-only';
import type { NextRequest } from 'next/server';
import type { Actor } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';
import { AppError, publicError } from '@/lib/errors';
import { logError } from '@/lib/log';

export function jsonError(status: number, code: string, message: string, details?: unknown): Response {
  return Response.json({ error: { code, message, ...(details ? { details } : {}) } }, { status });
}

/**
 * Cookie-authenticated writes must come from our own pages: browsers always send `Origin` on
 * cross-site POSTs, so a mismatch means another site is riding the user's session.
 */
function sameOrigin(request: NextRequest): boolean {
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

/** Every API route goes through here: who is calling, same-origin writes, and typed errors as JSON. */
export function apiRoute<C>(handler: Handler<C>) {
  return async (request: NextRequest, context: C): Promise<Response> => {
    try {
      const actor = await getActor();
      if (!actor) return jsonError(401, 'unauthorized', 'Sign in first.');
      if (request.method !== 'GET' && request.method !== 'HEAD' && !sameOrigin(request)) {
        return jsonError(403, 'forbidden:origin', 'Cross-site requests are not accepted.');
      }
      return await handler(request, context, actor);
    } catch (error) {
      const { status, code, message, fieldErrors } = publicError(error);
      if (!(error instanceof AppError)) logError('api route failed', error, { method: request.method, path: request.nextUrl.pathname });
      return jsonError(status, code, message, fieldErrors);
    }
  };
}
