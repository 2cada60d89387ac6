import path from 'node:path';
import { NextRequest } from 'next/server';
import { expect } from 'vitest';
import { AppError, type ErrorKind } from '@/lib/errors';
import { contentDigest } from './digest';
import type { FuzzCall } from './requests';

export type Dialect = 'rest' | 'mlflow';
type Handler = (request: NextRequest, context: { params: Promise<unknown> }) => Promise<Response>;

/** URLs cannot carry lone surrogates; a browser sends U+FFFD in their place, and so do we. */
const segment = (value: string) => encodeURIComponent(Buffer.from(value, 'utf8').toString('utf8'));

/** `app/api/v1/models/[name]/route.ts` with `{ name }` → `/api/v1/models/<name>`; route groups like `(app)` are not in URLs. */
export function fuzzUrl(file: string, params: Record<string, string>): string {
  const segments = path.dirname(file).split('/').slice(1).filter((s) => !/^\(.+\)$/.test(s));
  const filled = segments.map((s) => {
    const name = /^\[(?:\.\.\.)?(.+)\]$/.exec(s)?.[1];
    return name === undefined ? s : segment(params[name] ?? s);
  });
  return `/${filled.join('/')}`;
}

export interface FuzzAnswer {
  status: number;
  text: string;
}

/** Calls a handler as Next.js would, as the admin's Bearer token, with the body sent byte for byte. */
export async function sendFuzz(handler: Handler, method: string, url: string, token: string, call: FuzzCall, params: unknown): Promise<FuzzAnswer> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (call.contentType) headers['content-type'] = call.contentType;
  const hasBody = method !== 'GET' && method !== 'HEAD' && call.body !== undefined;
  const request = new NextRequest(`http://localhost${url}${call.query}`, { method, headers, body: hasBody ? call.body : undefined });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, text: await response.text() };
}

/** The status a native error code's kind stands for (`not_found:model` → 404), as lib/errors maps it. */
const statusOfCode = (code: string) => new AppError(code.split(':')[0] as ErrorKind, 'fuzz', '').status;

/** A 4xx answer is the documented JSON error of its API, and its status agrees with its code. */
export function expectErrorShape(dialect: Dialect, answer: FuzzAnswer): void {
  const detail = `${answer.status} ${answer.text.slice(0, 500)}`;
  let body: unknown;
  expect(() => (body = JSON.parse(answer.text)), detail).not.toThrow();
  if (dialect === 'mlflow') {
    expect(body, detail).toMatchObject({ error_code: expect.stringMatching(/^[A-Z_]+$/), message: expect.any(String) });
    return;
  }
  expect(body, detail).toMatchObject({ error: { code: expect.stringMatching(/^[a-z_]+(:[\w-]+)?$/), message: expect.any(String) } });
  expect(statusOfCode((body as { error: { code: string } }).error.code), detail).toBe(answer.status);
}

/**
 * One fuzzed call: never a 5xx, and a refusal is the documented error and left every table and
 * file as it was. A call that happened to be valid may change things: the next call's digest starts there.
 */
export async function probe(dialect: Dialect, call: () => Promise<FuzzAnswer>): Promise<FuzzAnswer> {
  const before = contentDigest();
  const answer = await call();
  expect(answer.status, `${answer.status} ${answer.text.slice(0, 500)}`).toBeLessThan(500);
  if (answer.status >= 400) {
    expectErrorShape(dialect, answer);
    expect(contentDigest(), `a ${answer.status} changed the database: ${answer.text.slice(0, 300)}`).toEqual(before);
  }
  return answer;
}
