import { z } from 'zod';

/** `kind:surface`, e.g. `forbidden:model` — the kind decides the HTTP status, the surface says where. */
/** `conflict` is a clash with something that exists (a taken name); `invalid_state` a change the current state forbids. */
export type ErrorKind = 'bad_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'invalid_state' | 'payload_too_large' | 'rate_limited';

const STATUS: Record<ErrorKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_state: 409,
  payload_too_large: 413,
  rate_limited: 429,
};

export type FieldErrors = Record<string, string[]>;

/** Where in an uploaded table the input failed: the 1-based data row and the column, when known. */
export interface InputLocation {
  row?: number;
  column?: string;
}

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly surface: string;
  readonly fieldErrors?: FieldErrors;
  readonly location?: InputLocation;

  constructor(kind: ErrorKind, surface: string, message: string, fieldErrors?: FieldErrors, location?: InputLocation) {
    super(message);
    this.name = 'AppError';
    this.kind = kind;
    this.surface = surface;
    this.fieldErrors = fieldErrors;
    this.location = location;
  }

  get code(): string {
    return `${this.kind}:${this.surface}`;
  }

  get status(): number {
    return STATUS[this.kind];
  }
}

export const notFound = (surface: string, message: string) => new AppError('not_found', surface, message);
export const forbidden = (surface: string, message = 'You do not have permission to do that.') =>
  new AppError('forbidden', surface, message);
export const conflict = (surface: string, message: string, fieldErrors?: FieldErrors) =>
  new AppError('conflict', surface, message, fieldErrors);
export const invalidState = (surface: string, message: string) => new AppError('invalid_state', surface, message);

/**
 * A row id from a route segment or a form: plain decimal digits or a positive safe integer. Anything
 * else (`1e2`, `0x1f`, `1.5`, ` 7`) cannot name a row, so it is simply not found.
 */
export function routeId(raw: unknown, surface: string, message: string): number {
  const id = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : raw;
  if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) return id;
  throw notFound(surface, message);
}

/** Parses untrusted input, turning zod issues into field errors keyed by the dotted path. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, surface: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new AppError('bad_request', surface, 'Some fields need attention.', fieldErrors);
}

/** A message safe to show anyone: typed errors keep theirs, everything else is hidden. */
export function publicError(error: unknown): { status: number; code: string; message: string; fieldErrors?: FieldErrors; location?: InputLocation } {
  if (error instanceof AppError) {
    return { status: error.status, code: error.code, message: error.message, fieldErrors: error.fieldErrors, location: error.location };
  }
  return { status: 500, code: 'internal', message: 'Something went wrong on our side. Please try again.' };
}
