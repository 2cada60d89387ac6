import path from 'node:path';
import { NextRequest } from 'next/server';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

export type Mutation = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export const MUTATIONS: readonly Mutation[] = ['POST', 'PUT', 'PATCH', 'DELETE'];

export interface HttpCall {
  params?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is (uploads), with `headers` saying what it is. */
  raw?: string;
  query?: string;
  headers?: Record<string, string>;
}

export interface HttpAnswer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the matrix reads arbitrary JSON errors
}

type Handler = (request: NextRequest, context: { params: Promise<unknown> }) => Promise<Response>;

/** A route module's handler for one method, loaded from its file the way Next.js mounts it. */
export async function loadHandler(file: string, method: string): Promise<Handler> {
  const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, Handler | undefined>;
  const handler = mod[method];
  if (typeof handler !== 'function') throw new Error(`${file} exports no ${method} handler`);
  return handler;
}

/** `models/[name]/route.ts` with `{ name: 'churn' }` → `/api/v1/models/churn`. */
export function urlPath(prefix: string, route: string, params: Record<string, string> = {}): string {
  const segments = path.dirname(route) === '.' ? [] : path.dirname(route).split('/');
  return [prefix, ...segments.map((s) => (/^\[(.+)\]$/.test(s) ? encodeURIComponent(params[s.slice(1, -1)] ?? s) : s))].join('/');
}

/**
 * Calls a handler as Next.js does: with `Authorization: Bearer <token>`, or with no credentials at
 * all, in which case the route falls back to the session cookie (none, under test).
 */
export async function send(handler: Handler, method: Mutation, url: string, token: string | null, call: HttpCall, params: unknown): Promise<HttpAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...call.headers };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const body = call.raw ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
  const request = new NextRequest(`http://localhost${url}${call.query ?? ''}`, { method, headers, body });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
