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
 * What Auth.js reports about a request's own content: the types its `isClientError` lists, and an
 * unknown action or a missing CSRF token, which only a crafted request produces.
 */
const CLIENT_MISTAKES = new Set(['OAuthAccountNotLinked', 'OAuthCallbackError', 'AccessDenied', 'Verification', 'MissingCSRF', 'AccountNotLinked', 'WebAuthnVerificationError', 'UnknownAction']);

/**
 * Auth.js's own messages, as JSON lines with the request's id. A refused password is routine (the
 * throttle counts it and the audit log records it); a client's mistake is one warning without a stack,
 * like our API's. Anything else is ours to fix and is logged with its stack: for an error thrown inside
 * our sign-in code, the stack of what Auth.js wrapped (it keeps it as `cause.err`).
 */
function logAuthError(error: Error): void {
  const type = (error as { type?: string }).type ?? error.name;
  if (type === 'CredentialsSignin') log('info', 'auth: sign-in refused');
  else if (CLIENT_MISTAKES.has(type)) log('warn', 'auth: request refused', { type, error: error.message });
  else logError('auth error', (error.cause as { err?: unknown } | undefined)?.err ?? error, { type });
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
