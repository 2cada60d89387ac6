import type { FieldErrors } from '@/lib/errors';

/** What every server action returns to its form. */
export type ActionResult<T = unknown> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; message: string; fieldErrors?: FieldErrors };

export const idle: ActionResult = { ok: true };
