import 'server-only';
import { NextRequest } from 'next/server';
import { brokenCallbackCookies, cookieHeaderWithout, expiringCookies, isHttpTarget } from '@/lib/http/callback-url-cookie';

/**
 * A request for Auth.js's own routes without a `callbackUrl` parameter or callback-url cookie it
 * would refuse with a 500 (see lib/http/callback-url-cookie.ts); Auth.js then falls back to its
 * default, as with no value at all. Found by lib/testing/fuzz/auth-routes.fuzz.test.ts.
 */
function withoutInvalidCallbackUrl(request: NextRequest): { request: NextRequest; broken: string[] } {
  const url = new URL(request.url);
  const param = url.searchParams.get('callbackUrl');
  const badParam = param !== null && param !== '' && !isHttpTarget(param, url.origin);
  const broken = brokenCallbackCookies(request.headers.get('cookie'), url.origin);
  if (!badParam && broken.length === 0) return { request, broken };
  if (badParam) url.searchParams.delete('callbackUrl');
  const headers = new Headers(request.headers);
  if (broken.length > 0) headers.set('cookie', cookieHeaderWithout(headers.get('cookie') ?? '', broken));
  return { request: new NextRequest(url, { method: request.method, headers, body: request.body, duplex: 'half' }), broken };
}

/** Runs an Auth.js handler on the cleaned request; the answer also tells the browser to forget a broken cookie. */
export async function withValidCallbackUrl(request: NextRequest, handler: (request: NextRequest) => Promise<Response>): Promise<Response> {
  const cleaned = withoutInvalidCallbackUrl(request);
  const response = await handler(cleaned.request);
  if (cleaned.broken.length === 0) return response;
  // Redirects come with immutable headers.
  const answer = new Response(response.body, response);
  for (const cookie of expiringCookies(cleaned.broken)) answer.headers.append('set-cookie', cookie);
  return answer;
}
