import type { JWT } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { authConfig, SESSION_MAX_AGE_SECONDS, sessionExpired } from './auth.config';

const HOUR = 60 * 60 * 1000;
const jwt = (token: Partial<JWT>, user?: { id: string; role: 'viewer' }) =>
  (authConfig.callbacks.jwt as unknown as (args: { token: Partial<JWT>; user?: unknown }) => JWT | null)({ token, user });

describe('session lifetime', () => {
  it('stamps the sign-in time on the token when the user signs in', () => {
    const before = Date.now();
    const token = jwt({}, { id: '7', role: 'viewer' });
    expect(token).toMatchObject({ uid: 7, role: 'viewer' });
    expect(token!.signedInAt).toBeGreaterThanOrEqual(before);
  });

  it('keeps renewing a session until 12 hours after its sign-in, then ends it however often it was renewed', () => {
    expect(SESSION_MAX_AGE_SECONDS).toBe(12 * 60 * 60);
    expect(jwt({ uid: 7, role: 'viewer', signedInAt: Date.now() - 11 * HOUR })).toMatchObject({ uid: 7 });
    expect(jwt({ uid: 7, role: 'viewer', signedInAt: Date.now() - 12 * HOUR - 1 })).toBeNull();
    // A cookie issued before the sign-in time was recorded cannot be renewed at all.
    expect(jwt({ uid: 7, role: 'viewer' })).toBeNull();
  });

  it('measures from the sign-in, to the millisecond', () => {
    const signedInAt = Date.UTC(2026, 11, 7, 8);
    expect(sessionExpired(signedInAt, signedInAt + 12 * HOUR - 1)).toBe(false);
    expect(sessionExpired(signedInAt, signedInAt + 12 * HOUR)).toBe(true);
    expect(sessionExpired(undefined, signedInAt)).toBe(true);
  });
});
