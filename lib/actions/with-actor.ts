import 'server-only';
import { headers } from 'next/headers';
import { getActor } from '@/lib/auth/session';
import type { Actor } from '@/lib/auth/actor';
import { publicError } from '@/lib/errors';
import { requestIdFrom } from '@/lib/http/request-id';
import { logError, withRequestId } from '@/lib/log';
import type { ActionResult } from './result';

/** The id the proxy gave this request; outside one (tests and scripts call actions directly) a new id. */
async function actionRequestId(): Promise<string> {
  try {
    return requestIdFrom((await headers()).get('x-request-id'));
  } catch {
    return requestIdFrom(null);
  }
}

/** Runs a server action in its request's id scope, so the lines it logs carry the id the proxy gave the page. */
export async function withActionRequestId<T>(run: () => Promise<T>): Promise<T> {
  return withRequestId(await actionRequestId(), run);
}

/**
 * The one door every server action goes through: read the session, run the use case as that user,
 * and turn typed errors into a result the form can show. Unexpected errors are logged with the
 * request's id, not shown.
 */
export async function withActor<T>(work: (actor: Actor) => T | Promise<T>, success?: string | ((data: T) => string)): Promise<ActionResult<T>> {
  return withActionRequestId(async (): Promise<ActionResult<T>> => {
    const actor = await getActor();
    if (!actor) return { ok: false, message: 'Your session has ended. Sign in again.' };
    try {
      const data = await work(actor);
      // A message made from the result, not from the action's arguments: those are whatever the client sent.
      return { ok: true, data, message: typeof success === 'function' ? success(data) : success };
    } catch (error) {
      const { status, message, fieldErrors } = publicError(error);
      if (status >= 500) logError('server action failed', error);
      return { ok: false, message, fieldErrors };
    }
  });
}

/** FormData as a plain object of strings (repeated keys become arrays), ready for a zod schema. */
export function formObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string') continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}
