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
    expect(PERMISSIONS.admin.size).toBe(PERMISSIONS.data_scientist.size + 3);
  });
});
