import { NextRequest } from 'next/server';

export interface RouteCall<P> {
  method?: string;
  path?: string;
  params?: P;
  body?: unknown;
  /** A body sent as is, for malformed or oversized JSON. */
  raw?: string;
}

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

/** Calls a route handler the way Next.js does, with a Bearer token. */
async function send<P>(handler: Handler<P>, token: string, call: RouteCall<P>): Promise<Response> {
  const request = new NextRequest(`http://localhost${call.path ?? '/api/v1'}`, {
    method: call.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: call.raw ?? (call.body === undefined ? undefined : JSON.stringify(call.body)),
  });
  return handler(request, { params: Promise.resolve(call.params as P) });
}

/** Calls a route and parses its JSON answer. */
export async function callRoute<P>(handler: Handler<P>, token: string, call: RouteCall<P> = {}): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any -- tests inspect arbitrary JSON
  const response = await send(handler, token, call);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** Calls a route whose answer is not JSON (CSV, files), keeping its headers. */
export async function callRouteText<P>(handler: Handler<P>, token: string, call: RouteCall<P> = {}): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await send(handler, token, call);
  return { status: response.status, headers: response.headers, text: await response.text() };
}
