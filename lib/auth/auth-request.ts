import 'server-only';
import { NextRequest } from 'next/server';

const CALLBACK_COOKIES = new Set(['authjs.callback-url', '__Secure-authjs.callback-url']);

/** Auth.js's own test: an absolute http(s) URL, or a path resolved against our origin. */
function isHttpTarget(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith('/') ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/** The Cookie header without the named pairs, every other byte as sent. */
function cookieHeaderWithout(header: string, names: string[]): string {
  return header
    .split(';')
    .filter((pair) => !names.includes(pair.split('=')[0]!.trim()))
    .join(';')
    .trim();
}

/**
 * Auth.js treats a `callbackUrl` parameter or callback-url cookie that is no http(s) URL as a broken
 * server configuration: every one of its routes then answers 500 until the cookie goes away. Such a
 * value can only come from a crafted link or a cookie set from elsewhere, so it is dropped and Auth.js
 * falls back to its default, as with no value at all. Found by lib/testing/fuzz/auth-routes.fuzz.test.ts.
 */
export function withoutInvalidCallbackUrl(request: NextRequest): NextRequest {
  const url = new URL(request.url);
  const param = url.searchParams.get('callbackUrl');
  const badParam = param !== null && param !== '' && !isHttpTarget(param, url.origin);
  const badCookies = request.cookies
    .getAll()
    .filter((cookie) => CALLBACK_COOKIES.has(cookie.name) && cookie.value !== '' && !isHttpTarget(cookie.value, url.origin))
    .map((cookie) => cookie.name);
  if (!badParam && badCookies.length === 0) return request;
  if (badParam) url.searchParams.delete('callbackUrl');
  const headers = new Headers(request.headers);
  if (badCookies.length > 0) headers.set('cookie', cookieHeaderWithout(headers.get('cookie') ?? '', badCookies));
  return new NextRequest(url, { method: request.method, headers, body: request.body, duplex: 'half' });
}
