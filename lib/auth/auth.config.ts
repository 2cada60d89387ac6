import type { NextAuthConfig } from 'next-auth';
import type { Role } from '@/db/schema';
import { log, logError } from '@/lib/log';
import { authSecret } from './secret';

/** 12 hours: a working day, after which the user signs in again. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** Whether a session signed in at `signedInAt` (ms) has outlived its 12 hours; tokens without it predate the rule. */
export function sessionExpired(signedInAt: number | undefined, now = Date.now()): boolean {
  return signedInAt === undefined || now - signedInAt >= SESSION_MAX_AGE_SECONDS * 1000;
}

/**
 * Auth.js's own messages, as JSON lines with the request's id. Almost all are about what a client
 * sent (an unknown action, a missing CSRF token, a body that is not JSON), which like our API's own
 * client mistakes get one line and no stack. A refused password is routine (the throttle counts it and
 * the audit log records it). Only an error thrown inside our sign-in code (Auth.js wraps it in a
 * CallbackRouteError) is a failure of ours, logged with its stack.
 */
function logAuthError(error: Error): void {
  const type = (error as { type?: string }).type ?? error.name;
  if (type === 'CredentialsSignin') log('info', 'auth: sign-in refused');
  // Auth.js keeps the error it wrapped as `cause.err`.
  else if (type === 'CallbackRouteError') logError('auth error', (error.cause as { err?: unknown } | undefined)?.err ?? error, { type });
  else log('warn', 'auth: request refused', { type, error: error.message });
}

/** The part of the Auth.js configuration that needs no database; auth.ts adds the Credentials provider. */
export const authConfig = {
  secret: authSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login' },
  providers: [],
  logger: {
    error: logAuthError,
    warn(code) {
      log('warn', 'auth warning', { code });
    },
    debug() {},
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.signedInAt = Date.now();
        return token;
      }
      // Auth.js re-issues the cookie with a fresh expiry whenever the session is read through its own
      // routes; counting from the sign-in itself keeps 12 hours the most a session can ever last.
      return sessionExpired(token.signedInAt) ? null : token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      session.user.role = token.role as Role;
      return session;
    },
  },
} satisfies NextAuthConfig;
