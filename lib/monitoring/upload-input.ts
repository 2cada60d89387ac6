import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import type { TableFormat } from './ingest';
import { maxTableBytes, tableTooLarge } from './run-task';

const FORMATS = new Map<string, TableFormat>(Object.entries({
  csv: 'csv',
  'text/csv': 'csv',
  json: 'json',
  'application/json': 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  'application/x-ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
  'application/jsonlines': 'ndjson',
}));

/** `?format=` when given, else the content type, else CSV (what a file picked in a browser usually is). */
export function tableFormat(format: string | null | undefined, contentType: string | null | undefined): TableFormat {
  if (format) {
    const chosen = FORMATS.get(format.toLowerCase());
    if (!chosen) throw new AppError('bad_request', 'monitoring', `Unknown format "${format}": use csv, json or ndjson.`);
    return chosen;
  }
  return FORMATS.get(contentType?.split(';')[0]?.trim().toLowerCase() ?? '') ?? 'csv';
}

/** A declared size over the limit is refused before a byte is read. */
export function checkDeclaredSize(declared: number | null | undefined): void {
  if (declared !== null && declared !== undefined && declared > maxTableBytes()) throw tableTooLarge();
}

export const columnNameSchema = z.string().trim().min(1).max(250);

/** An optional batch time: ISO 8601 or epoch milliseconds; defaults to the time it arrives. */
export const observedAtSchema = z
  .union([z.number().int().nonnegative(), z.string().trim().min(1)])
  .transform((raw, ctx) => {
    // Epoch milliseconds have at least 10 digits; `2024` is a year, as Date.parse reads it.
    const ms = typeof raw === 'number' ? raw : /^\d{10,}$/.test(raw) ? Number(raw) : Date.parse(raw);
    if (!Number.isFinite(ms) || ms < 0 || ms > 8.64e15) {
      ctx.addIssue({ code: 'custom', message: 'Give the batch time as ISO 8601 (2024-05-01T00:00:00Z) or epoch milliseconds.' });
      return z.NEVER;
    }
    return ms;
  });

/** `?kinds=zip:categorical,age:numeric` as a record; the use case validates the names and kinds. */
export function kindsParam(raw: string | null): Record<string, string> | undefined {
  if (!raw) return undefined;
  return Object.fromEntries(
    raw.split(',').map((pair) => {
      const at = pair.lastIndexOf(':');
      return at < 0 ? [pair.trim(), ''] : [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    }),
  );
}

/** The query strings of the upload endpoints, for the API reference. */
export const referenceQuerySchema = z.object({
  format: z.enum(['csv', 'json', 'ndjson']).optional(),
  prediction: z.string().optional(),
  label: z.string().optional(),
  kinds: z.string().optional(),
  dataset: z.string().optional(),
});
export const batchQuerySchema = z.object({ format: z.enum(['csv', 'json', 'ndjson']).optional(), timestamp: z.string().optional() });
