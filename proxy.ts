import { NextResponse, type NextRequest } from 'next/server';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/**
 * Sends visitors without a session cookie to the sign-in page. It only looks for the cookie: every
 * page, action and API route verifies the session and the user itself. Not decoding the session
 * here also means the proxy never re-issues the cookie, which could race with signing out.
 */
export default function proxy(request: NextRequest) {
  const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
  if (hasSession) return NextResponse.next();
  const url = new URL('/login', request.nextUrl.origin);
  const target = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (target !== '/') url.searchParams.set('callbackUrl', target);
  return NextResponse.redirect(url);
}

export const config = {
  // API routes answer 401 JSON themselves; static files and the sign-in page stay public.
  matcher: ['/((?!api/|ajax-api/|_next/static|_next/image|favicon.ico|icon.svg|login|.*\\.(?:png|svg|ico|txt)$).*)'],
};
