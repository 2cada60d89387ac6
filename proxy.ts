import { NextResponse, type NextRequest } from 'next/server';
import { brokenCallbackCookies, cookieHeaderWithout, expiringCookies } from '@/lib/http/callback-url-cookie';
import { requestIdFrom } from '@/lib/http/request-id';
import { arrivedOverHttps, createNonce, pageCsp } from '@/lib/http/security-headers';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

// Static files and the sign-in page stay public.
const PUBLIC_PATH = /^\/(?:favicon\.ico|icon\.svg|login|.*\.(?:png|svg|ico|txt)$)/;

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some((c) => SESSION_COOKIES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
}

function signInRedirect(request: NextRequest): NextResponse {
  const url = new URL('/login', request.nextUrl.origin);
  const target = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (target !== '/') url.searchParams.set('callbackUrl', target);
  return NextResponse.redirect(url);
}

/**
 * Gives every page request an id and a CSP with a fresh script nonce, and sends visitors without a
 * session cookie to the sign-in page. It only looks for the cookie: every page, action and API route
 * verifies the session and the user itself. Not decoding the session here also means the proxy never
 * re-issues the cookie, which could race with signing out.
 */
export default function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get('x-request-id'));
  const https = arrivedOverHttps(request.nextUrl.protocol, request.headers.get('x-forwarded-proto'));
  const nonce = createNonce();
  const csp = pageCsp(nonce, { https, development: process.env.NODE_ENV === 'development' });
  // auth() on pages and the sign-in action read the same cookie as Auth.js's routes.
  const broken = brokenCallbackCookies(request.headers.get('cookie'), request.nextUrl.origin);

  let response: NextResponse;
  if (!PUBLIC_PATH.test(request.nextUrl.pathname) && !hasSessionCookie(request)) {
    response = signInRedirect(request);
  } else {
    // Next.js reads the nonce from the request's CSP and puts it on the scripts it renders.
    const headers = new Headers(request.headers);
    headers.set('x-request-id', requestId);
    headers.set('content-security-policy', csp);
    headers.set('x-nonce', nonce);
    if (broken.length > 0) headers.set('cookie', cookieHeaderWithout(headers.get('cookie') ?? '', broken));
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set('x-request-id', requestId);
  response.headers.set('content-security-policy', csp);
  for (const cookie of expiringCookies(broken)) response.headers.append('set-cookie', cookie);
  return response;
}

export const config = {
  // Not API routes: whenever a proxy runs, Next.js buffers the request body (cutting it at 10 MB) so
  // both can read it, which would break streamed uploads. apiRoute gives them their request id, and
  // next.config.js their headers, as it does for hashed build assets.
  matcher: ['/((?!api/|ajax-api/|_next/static|_next/image).*)'],
};
