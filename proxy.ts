import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth/auth.config';

const { auth } = NextAuth(authConfig);

/**
 * Sends signed-out visitors to the sign-in page. This only checks the session cookie; every page,
 * action and API route still loads the user and checks permissions itself.
 */
export default auth((request) => {
  if (request.auth) return;
  const url = new URL('/login', request.nextUrl.origin);
  const target = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (target !== '/') url.searchParams.set('callbackUrl', target);
  return NextResponse.redirect(url);
});

export const config = {
  // API routes answer 401 JSON themselves; static files and the sign-in page stay public.
  matcher: ['/((?!api/|ajax-api/|_next/static|_next/image|favicon.ico|login|.*\\.(?:png|svg|ico|txt)$).*)'],
};
