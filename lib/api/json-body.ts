import 'server-only';
import type { z } from 'zod';
import { AppError } from '@/lib/errors';

const MIB = 1024 * 1024;

/** The request's JSON body: malformed JSON is a 400 and an oversized body a 413, before any use case runs. */
export async function readJson(request: Request, maxBytes = MIB): Promise<unknown> {
  const tooLarge = () => new AppError('payload_too_large', 'json', `JSON bodies are limited to ${Math.round(maxBytes / MIB)} MiB here.`);
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw tooLarge();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('bad_request', 'json', 'The request body is not valid JSON.');
  }
}

/**
 * A native API body, strict at the top level: a misspelt field (`descripton`) is refused with a field
 * error instead of being silently dropped. The MLflow API stays lenient, as MLflow's own server is.
 */
export async function readBody(request: Request, schema: z.ZodObject, maxBytes = MIB): Promise<Record<string, unknown>> {
  const body = await readJson(request, maxBytes);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new AppError('bad_request', 'json', 'The request body must be a JSON object.');
  const unknown = Object.keys(body).filter((key) => !Object.hasOwn(schema.shape, key));
  if (unknown.length > 0) {
    const known = Object.keys(schema.shape).join(', ');
    throw new AppError('bad_request', 'json', `Unknown field ${unknown.map((k) => `"${k}"`).join(', ')}; this endpoint accepts ${known}.`, Object.fromEntries(unknown.map((k) => [k, ['Unknown field.']])));
  }
  return body as Record<string, unknown>;
}
