import { describe, expect, it } from 'vitest';
import { ROLES } from '@/db/schema';
import { can, PERMISSIONS } from './permissions';

describe('permission map', () => {
  it('lets every role read', () => {
    for (const role of ROLES) expect(can(role, 'read')).toBe(true);
  });

  it('keeps viewers and reviewers read-only for registry writes', () => {
    for (const role of ['viewer', 'reviewer'] as const) {
      expect(can(role, 'model:create')).toBe(false);
      expect(can(role, 'version:create')).toBe(false);
      expect(can(role, 'card:write')).toBe(false);
      expect(can(role, 'model:delete')).toBe(false);
      expect(can(role, 'version:delete')).toBe(false);
    }
  });

  it('gives user and webhook management to admins only', () => {
    expect(ROLES.filter((role) => can(role, 'user:manage'))).toEqual(['admin']);
    expect(ROLES.filter((role) => can(role, 'webhook:manage'))).toEqual(['admin']);
    const adminOnly = [...PERMISSIONS.admin].filter((p) => !PERMISSIONS.data_scientist.has(p)).sort();
    expect(adminOnly).toEqual([
      'approval:decide',
      'audit:read',
      'audit:verify',
      'deployment:rollback',
      'policy:manage',
      'retention:purge',
      'stage:transition',
      'user:manage',
      'webhook:manage',
    ]);
  });

  it('lets reviewers triage alerts and read the audit log, and only admins verify it', () => {
    expect(ROLES.filter((role) => can(role, 'alert:triage'))).toEqual(['data_scientist', 'reviewer', 'admin']);
    expect(ROLES.filter((role) => can(role, 'monitoring:write'))).toEqual(['data_scientist', 'admin']);
    expect(ROLES.filter((role) => can(role, 'audit:read'))).toEqual(['reviewer', 'admin']);
    expect(ROLES.filter((role) => can(role, 'audit:verify'))).toEqual(['admin']);
  });

  it('lets reviewers and admins decide requests and roll back, and authors request promotions', () => {
    expect(ROLES.filter((role) => can(role, 'approval:decide'))).toEqual(['reviewer', 'admin']);
    expect(ROLES.filter((role) => can(role, 'deployment:rollback'))).toEqual(['reviewer', 'admin']);
    expect(ROLES.filter((role) => can(role, 'promotion:request'))).toEqual(['data_scientist', 'admin']);
    expect(ROLES.filter((role) => can(role, 'policy:manage'))).toEqual(['admin']);
  });
});
