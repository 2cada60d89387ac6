import 'server-only';
import { AppError } from '@/lib/errors';

const MAX_JSON_BYTES = 1024 * 1024;

/** The request's JSON body: malformed JSON is a 400 and more than 1 MiB a 413, before any use case runs. */
export async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_JSON_BYTES) throw new AppError('payload_too_large', 'json', 'JSON bodies are limited to 1 MiB.');
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) throw new AppError('payload_too_large', 'json', 'JSON bodies are limited to 1 MiB.');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('bad_request', 'json', 'The request body is not valid JSON.');
  }
}
