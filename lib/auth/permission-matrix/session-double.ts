/**
 * Stands in for `@/lib/auth/auth` (NextAuth) in the matrix: the session cookie names a user id, or
 * nobody. The real `getActor` still reads that user from the database, so a deactivated account is
 * refused exactly as in production.
 */
let userId: number | null = null;

export function signInAs(id: number | null): void {
  userId = id;
}

export async function auth(): Promise<{ user: { id: string } } | null> {
  return userId === null ? null : { user: { id: String(userId) } };
}

const notInTests = async () => {
  throw new Error('signIn and signOut are not part of the permission matrix.');
};

export const signIn = notInTests;
export const signOut = notInTests;
export const handlers = { GET: notInTests, POST: notInTests };

/** What `redirect()` throws under test: an action that redirects has succeeded. */
export class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

export function redirect(url: string): never {
  throw new Redirected(url);
}
