import { describe, expect, it } from 'vitest';
import { listAudit } from '@/lib/audit/queries';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { authenticate, recordSignIn, updateUserUseCase } from './use-cases';

withTempWorkspace();

describe('sign-ins in the audit log', () => {
  it('records who signed in, and failed attempts by account or unknown address, never a password', async () => {
    const admin = await makeActor('admin');
    const ds = await makeActor('data_scientist');
    const attempt = async (email: string, password: string) => {
      const credentials = { email, password };
      recordSignIn(credentials, await authenticate(credentials));
    };
    await attempt(ds.email, 'correct horse battery');
    await attempt(ds.email, 'wrong');
    await attempt('nobody@example.com', 'whatever');
    updateUserUseCase(admin, ds.id, { active: false });
    await attempt(ds.email, 'correct horse battery');
    const entries = listAudit(admin, { action: 'auth' }).entries.reverse();
    expect(entries.map((e) => [e.action, e.entityType, e.entityId, e.after])).toEqual([
      ['auth.sign_in', 'user', String(ds.id), null],
      ['auth.sign_in_failed', 'user', String(ds.id), { reason: 'credentials' }],
      ['auth.sign_in_failed', 'email', 'nobody@example.com', { reason: 'credentials' }],
      ['auth.sign_in_failed', 'user', String(ds.id), { reason: 'deactivated' }],
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/correct horse|whatever|wrong/);
  });
});
