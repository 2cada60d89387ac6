import { NextRequest } from 'next/server';

export interface RouteCall<P> {
  method?: string;
  path?: string;
  params?: P;
  body?: unknown;
  /** A body sent as is, for malformed or oversized JSON. */
  raw?: string;
}

/** Calls a route handler the way Next.js does, with a Bearer token, and parses the JSON answer. */
export async function callRoute<P>(
  handler: (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>,
  token: string,
  call: RouteCall<P> = {},
): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any -- tests inspect arbitrary JSON
  const request = new NextRequest(`http://localhost${call.path ?? '/api/v1'}`, {
    method: call.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: call.raw ?? (call.body === undefined ? undefined : JSON.stringify(call.body)),
  });
  const response = await handler(request, { params: Promise.resolve(call.params as P) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
