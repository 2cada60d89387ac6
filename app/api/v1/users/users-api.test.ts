import { beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '@/lib/audit/queries';
import { beginAttempt } from '@/lib/auth/throttle/failures';
import { LIMITS } from '@/lib/auth/throttle/limits';
import { callRoute } from '@/lib/testing/call-route';
import { contentDigest } from '@/lib/testing/fuzz/digest';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import * as unlock from './[id]/unlock-sign-in/route';
import * as user from './[id]/route';
import * as users from './route';

withTempWorkspace();

const NEW_HIRE = { email: 'New.Hire@Example.com', name: 'New Hire', password: 'a long enough password', role: 'data_scientist', team: 'crm' };

/** Every answer a test saw, so one check covers them all: no bcrypt hash anywhere, and no password field in a success. */
const answers: { status: number; body: unknown }[] = [];
const call: typeof callRoute = async (handler, token, request) => {
  const answer = await callRoute(handler, token, request);
  answers.push(answer);
  return answer;
};
beforeEach(() => {
  answers.length = 0;
});
function expectNoPasswordHash(): void {
  expect(answers.length).toBeGreaterThan(0);
  expect(JSON.stringify(answers)).not.toMatch(/\$2[aby]?\$/);
  expect(JSON.stringify(answers.filter((a) => a.status < 300))).not.toMatch(/password/i);
}

async function signedIn(role: 'admin' | 'data_scientist') {
  const actor = await makeActor(role);
  return { actor, token: createTokenUseCase(actor, { name: role }).token };
}

/** Wrong passwords from one address until the account is locked, as the sign-in throttle records them. */
function lockOut(email: string): void {
  for (let i = 0; i < LIMITS.accountOnNetwork.failures; i += 1) beginAttempt(email, '203.0.113.7', Date.now());
}

const auditOf = (admin: Parameters<typeof listAudit>[0], action: string, id: number) => listAudit(admin, { action, entityId: String(id) }).entries;

describe('/api/v1/users', () => {
  it('lets an admin list, create, read, change and unlock users, auditing each write once under the token', async () => {
    const { actor: admin, token } = await signedIn('admin');

    const created = await call(users.POST, token, { method: 'POST', body: NEW_HIRE });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ email: 'new.hire@example.com', name: 'New Hire', role: 'data_scientist', team: 'crm', active: true });
    const { id } = created.body.user;
    const params = { id: String(id) };

    const listed = await call(users.GET, token);
    expect(listed.status).toBe(200);
    expect(listed.body.users.map((u: { email: string }) => u.email).sort()).toEqual([admin.email, 'new.hire@example.com'].sort());
    expect(listed.body.users.every((u: { signInLockedUntil: unknown }) => u.signInLockedUntil === null)).toBe(true);

    const patched = await call(user.PATCH, token, { method: 'PATCH', params, body: { role: 'reviewer', team: null, active: false } });
    expect(patched).toMatchObject({ status: 200, body: { user: { id, role: 'reviewer', team: null, active: false } } });
    expect((await call(user.GET, token, { params })).body.user).toMatchObject({ id, role: 'reviewer', active: false, signInLockedUntil: null });

    lockOut('new.hire@example.com');
    const locked = (await call(user.GET, token, { params })).body.user.signInLockedUntil;
    expect(locked).toBeGreaterThan(Date.now());
    expect((await call(users.GET, token)).body.users.find((u: { id: number }) => u.id === id).signInLockedUntil).toBe(locked);
    const unlocked = await call(unlock.POST, token, { method: 'POST', params });
    expect(unlocked).toEqual({ status: 200, body: { userId: id, email: 'new.hire@example.com', clearedFailures: LIMITS.accountOnNetwork.failures } });
    expect((await call(user.GET, token, { params })).body.user.signInLockedUntil).toBeNull();

    for (const action of ['user.create', 'user.update', 'user.sign_in_unlocked']) {
      const entries = auditOf(admin, action, id);
      expect(entries, action).toHaveLength(1);
      expect(entries[0]).toMatchObject({ actor: `${admin.name} <${admin.email}>`, via: expect.stringMatching(/^token:\d+$/) });
    }
    expectNoPasswordHash();
  });

  it('refuses anyone but an admin with 403, changing nothing', async () => {
    const { actor: admin } = await signedIn('admin');
    const { token } = await signedIn('data_scientist');
    lockOut(admin.email);
    const params = { id: String(admin.id) };
    const before = contentDigest();
    for (const [handler, request] of [
      [users.GET, {}],
      [users.POST, { method: 'POST', body: { ...NEW_HIRE, role: 'admin' } }],
      [user.GET, { params }],
      [user.PATCH, { method: 'PATCH', params, body: { active: false } }],
      [unlock.POST, { method: 'POST', params }],
    ] as const) {
      expect(await call(handler as typeof user.GET, token, request as object)).toMatchObject({ status: 403, body: { error: { code: 'forbidden:user' } } });
    }
    expect(contentDigest()).toEqual(before);
    expectNoPasswordHash();
  });

  it('answers bad input, unknown ids, a taken email and nothing to unlock with the documented errors, writing nothing', async () => {
    const { actor: admin, token } = await signedIn('admin');
    const { actor: ds } = await signedIn('data_scientist');
    const params = { id: String(ds.id) };
    const before = contentDigest();

    const invalid = await call(users.POST, token, { method: 'POST', body: { email: 'not an email', name: '', password: 'short', role: 'owner' } });
    expect(invalid).toMatchObject({ status: 400, body: { error: { code: 'bad_request:user', details: { email: expect.any(Array), name: expect.any(Array), password: expect.any(Array), role: expect.any(Array) } } } });
    const taken = await call(users.POST, token, { method: 'POST', body: { ...NEW_HIRE, email: ds.email.toUpperCase() } });
    expect(taken).toMatchObject({ status: 409, body: { error: { code: 'conflict:user', details: { email: ['A user with this email already exists.'] } } } });
    const hashed = await call(users.POST, token, { method: 'POST', body: { ...NEW_HIRE, passwordHash: '$2b$12$forged' } });
    expect(hashed).toMatchObject({ status: 400, body: { error: { code: 'bad_request:json', details: { passwordHash: ['Unknown field.'] } } } });

    expect(await call(user.PATCH, token, { method: 'PATCH', params, body: { active: 'yes', role: 'owner' } })).toMatchObject({
      status: 400,
      body: { error: { code: 'bad_request:user', details: { active: expect.any(Array), role: expect.any(Array) } } },
    });
    expect(await call(user.PATCH, token, { method: 'PATCH', params, body: { email: 'renamed@example.com' } })).toMatchObject({
      status: 400,
      body: { error: { code: 'bad_request:json', details: { email: ['Unknown field.'] } } },
    });
    expect(await call(user.PATCH, token, { method: 'PATCH', params: { id: String(admin.id) }, body: { role: 'viewer' } })).toMatchObject({ status: 400, body: { error: { code: 'bad_request:user' } } });

    for (const id of [String(ds.id + 1000), '0', '-1', '1.5', '1e1', '0x1', 'abc']) {
      for (const [handler, request] of [
        [user.GET, {}],
        [user.PATCH, { method: 'PATCH', body: { active: false } }],
        [unlock.POST, { method: 'POST' }],
      ] as const) {
        expect(await call(handler as typeof user.GET, token, { ...request, params: { id } }), id).toMatchObject({ status: 404, body: { error: { code: 'not_found:user', message: 'No such user.' } } });
      }
    }

    expect(await call(unlock.POST, token, { method: 'POST', params })).toMatchObject({ status: 409, body: { error: { code: 'invalid_state:user', message: `${ds.email} has no failed sign-ins to clear.` } } });
    expect(contentDigest()).toEqual(before);
    expectNoPasswordHash();
  });
});
