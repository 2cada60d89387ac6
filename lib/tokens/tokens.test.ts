import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { apiTokens } from '@/db/schema';
import { resolveApiActor } from '@/lib/api/api-actor';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { updateUserUseCase } from '@/lib/users/use-cases';
import { actorForToken, createTokenUseCase, listOwnTokens, revokeTokenUseCase } from './tokens';

withTempWorkspace();

const basic = (user: string, secret: string) => `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;

describe('API tokens', () => {
  it('shows the secret once and stores only a hash of it', async () => {
    const viewer = await makeActor('viewer');
    const { token, info } = createTokenUseCase(viewer, { name: 'ci', expiresInDays: '' });
    expect(token).toMatch(/^mb_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const row = getDb().select().from(apiTokens).where(eq(apiTokens.id, info.id)).get();
    expect(JSON.stringify(row)).not.toContain(token.split('_').slice(2).join('_'));
    expect(JSON.stringify(listOwnTokens(viewer))).not.toContain(token);
    expect(actorForToken(token)).toMatchObject({ id: viewer.id, role: 'viewer' });
    expect(listOwnTokens(viewer)[0]?.lastUsedAt).not.toBeNull();
  });

  it('rejects a wrong secret, an expired, a revoked token, and one of a deactivated user', async () => {
    const admin = await makeActor('admin');
    const ds = await makeActor('data_scientist');
    const { token, info } = createTokenUseCase(ds, { name: 'a', expiresInDays: 1 });
    const [, prefix] = token.split('_');
    expect(actorForToken(`mb_${prefix}_${'A'.repeat(43)}`)).toBeNull();
    expect(actorForToken(token, Date.now() + 2 * 86_400_000)).toBeNull();
    updateUserUseCase(admin, ds.id, { active: false });
    expect(actorForToken(token)).toBeNull();
    updateUserUseCase(admin, ds.id, { active: true });
    expect(actorForToken(token)).not.toBeNull();
    revokeTokenUseCase(ds, info.id);
    expect(actorForToken(token)).toBeNull();
    expect(listOwnTokens(ds)[0]?.status).toBe('revoked');
  });

  it('lets no one revoke another user’s token', async () => {
    const owner = await makeActor('data_scientist');
    const other = await makeActor('admin');
    const { token, info } = createTokenUseCase(owner, { name: 'mine' });
    expect((await expectAppError(() => revokeTokenUseCase(other, info.id))).status).toBe(404);
    expect(actorForToken(token)).not.toBeNull();
    expect((await expectAppError(() => createTokenUseCase(owner, { name: ' ' }))).fieldErrors?.name).toBeDefined();
  });

  it('revokes only by a plain decimal id', async () => {
    const ds = await makeActor('data_scientist');
    const { token, info } = createTokenUseCase(ds, { name: 'ids' });
    for (const raw of [`${info.id}e0`, `0x${info.id.toString(16)}`, `${info.id}.0`, 'abc']) {
      expect((await expectAppError(() => revokeTokenUseCase(ds, raw))).code).toBe('not_found:token');
    }
    expect(actorForToken(token)).not.toBeNull();
    revokeTokenUseCase(ds, String(info.id));
    expect(actorForToken(token)).toBeNull();
  });

  it('accepts Bearer, Basic with password, and Basic with a token matching its user', async () => {
    const ds = await makeActor('data_scientist');
    const other = await makeActor('viewer');
    const { token } = createTokenUseCase(ds, { name: 'mlflow' });
    expect((await resolveApiActor(`Bearer ${token}`)).actor?.id).toBe(ds.id);
    expect((await resolveApiActor(basic(ds.email, 'correct horse battery'))).actor?.id).toBe(ds.id);
    expect((await resolveApiActor(basic(ds.email.toUpperCase(), token))).actor?.id).toBe(ds.id);
    expect((await resolveApiActor(basic(other.email, token))).actor).toBeNull();
    expect((await resolveApiActor(basic(ds.email, 'wrong'))).actor).toBeNull();
    expect(await resolveApiActor('Bearer nonsense')).toEqual({ kind: 'header', actor: null, via: null });
    expect(await resolveApiActor('Digest abc')).toEqual({ kind: 'header', actor: null, via: null });
  });
});
