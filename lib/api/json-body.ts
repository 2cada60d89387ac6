import 'server-only';
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
