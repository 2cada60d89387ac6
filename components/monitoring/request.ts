/** Per-field messages keyed by the dotted path of the field, as the API's validation reports them. */
export type FieldErrors = Record<string, string[]>;

/** A failed API call, carrying the server's message (which names the failing row and column of an upload). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string | null;
  readonly fieldErrors: FieldErrors;

  constructor(message: string, status: number, code: string | null = null, fieldErrors: FieldErrors = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

const isFieldErrors = (value: unknown): value is FieldErrors =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((messages) => Array.isArray(messages) && messages.every((m) => typeof m === 'string'));

/** The API's `{ error: { code, message, details } }` body as an ApiError; a proxy's HTML error page still gives a readable message. */
export function apiErrorFrom(status: number, text: string): ApiError {
  let error: { code?: unknown; message?: unknown; details?: unknown } | undefined;
  try {
    error = (JSON.parse(text) as { error?: typeof error }).error;
  } catch {
    error = undefined;
  }
  const message = typeof error?.message === 'string' ? error.message : status === 413 ? 'The file is larger than the server accepts.' : `The request failed (HTTP ${status}).`;
  return new ApiError(message, status, typeof error?.code === 'string' ? error.code : null, isFieldErrors(error?.details) ? error.details : {});
}

/** A same-origin JSON call (the session cookie authenticates it) that throws an ApiError unless the answer is 2xx. */
export async function requestJson<T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'GET',
      headers: init.body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: 'no-store',
    });
  } catch {
    throw new ApiError('Could not reach the server. Check your connection and try again.', 0);
  }
  const text = await response.text();
  if (!response.ok) throw apiErrorFrom(response.status, text);
  return JSON.parse(text) as T;
}

/** An error's message for the reader, whatever was thrown. */
export const messageOf = (error: unknown, fallback = 'Something went wrong.'): string => (error instanceof Error && error.message ? error.message : fallback);
