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

/** The part of the Auth.js configuration that needs no database; auth.ts adds the Credentials provider. */
export const authConfig = {
  secret: authSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login' },
  providers: [],
  // Auth.js's own messages join the JSON log, with the request's id. A refused password is routine
  // (the throttle counts it and the audit log records it), so it is one info line, not an error stack.
  logger: {
    error(error) {
      if (error.name === 'CredentialsSignin') log('info', 'auth: sign-in refused');
      else logError('auth error', error, { type: error.name });
    },
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
