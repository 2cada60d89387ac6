import { describe, expect, it } from 'vitest';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { listUsers, loadActiveActor } from './queries';
import { authenticate, createUserUseCase, ensureAdminFromEnv, updateUserUseCase } from './use-cases';

withTempWorkspace();

const password = 'correct horse battery';

describe('users', () => {
  it('authenticates with the right password only, case-insensitively on email', async () => {
    const ds = await makeActor('data_scientist');
    expect(await authenticate({ email: ds.email.toUpperCase(), password })).toMatchObject({ id: ds.id, role: 'data_scientist' });
    expect(await authenticate({ email: ds.email, password: 'wrong password' })).toBeNull();
    expect(await authenticate({ email: 'nobody@example.com', password })).toBeNull();
    expect(await authenticate({ email: 42 })).toBeNull();
  });

  it('deactivation blocks sign-in and ends open sessions', async () => {
    const admin = await makeActor('admin');
    const ds = await makeActor('data_scientist');
    updateUserUseCase(admin, ds.id, { active: false });
    expect(await authenticate({ email: ds.email, password })).toBeNull();
    expect(loadActiveActor(ds.id)).toBeNull();
    updateUserUseCase(admin, ds.id, { active: true, role: 'reviewer' });
    expect(loadActiveActor(ds.id)?.role).toBe('reviewer');
  });

  it('lets only admins manage users, and never lets an admin lock themselves out', async () => {
    const admin = await makeActor('admin');
    const ds = await makeActor('data_scientist');
    expect((await expectAppError(() => createUserUseCase(ds, { email: 'x@example.com', name: 'X', password, role: 'admin' }))).status).toBe(403);
    expect((await expectAppError(() => updateUserUseCase(admin, admin.id, { active: false }))).status).toBe(400);
    const created = await createUserUseCase(admin, { email: ' New@Example.com ', name: 'New', password, role: 'viewer', team: '' });
    expect(created).toMatchObject({ email: 'new@example.com', team: null, active: true });
    expect(JSON.stringify(listUsers(admin))).not.toContain('$2');
    expect((await expectAppError(() => listUsers(ds))).status).toBe(403);
    const dup = await expectAppError(() => createUserUseCase(admin, { email: 'new@example.com', name: 'Again', password, role: 'viewer' }));
    expect(dup.fieldErrors?.email).toBeDefined();
  });

  it('creates the first admin from the environment once', async () => {
    const env = { ADMIN_EMAIL: 'root@example.com', ADMIN_PASSWORD: 'a long enough secret' };
    expect(await ensureAdminFromEnv(env)).toMatchObject({ email: 'root@example.com', role: 'admin' });
    expect(await ensureAdminFromEnv(env)).toBeNull();
    expect(await authenticate({ email: 'root@example.com', password: 'a long enough secret' })).not.toBeNull();
  });
});
