import type { Role } from '@/db/schema';

/** Everything a role may do. Checked inside every use case; pages only use it to hide buttons. */
export type Permission =
  | 'read'
  | 'token:own'
  | 'model:create'
  | 'model:update'
  | 'model:delete'
  | 'version:create'
  | 'version:update'
  | 'version:delete'
  | 'alias:write'
  | 'card:write'
  | 'artifact:write'
  | 'run:write'
  | 'monitoring:write'
  | 'alert:triage'
  | 'comment:write'
  | 'audit:read'
  | 'audit:verify'
  | 'stage:transition'
  | 'promotion:request'
  | 'approval:decide'
  | 'policy:manage'
  | 'deployment:write'
  | 'deployment:rollback'
  | 'version:retire'
  | 'retention:purge'
  | 'user:manage'
  | 'webhook:manage';

const AUTHOR: Permission[] = [
  'read',
  'token:own',
  'model:create',
  'model:update',
  'model:delete',
  'version:create',
  'version:update',
  'version:delete',
  'alias:write',
  'card:write',
  'artifact:write',
  'run:write',
  'monitoring:write',
  'alert:triage',
  'comment:write',
  'promotion:request',
  'deployment:write',
  'version:retire',
];

export const PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  viewer: new Set(['read', 'token:own']),
  data_scientist: new Set(AUTHOR),
  // Reviewers decide promotion requests, roll production back, triage alerts, discuss and read the audit log, but edit no model.
  reviewer: new Set(['read', 'token:own', 'alert:triage', 'comment:write', 'audit:read', 'approval:decide', 'deployment:rollback']),
  // Admins also decide requests (never their own), set approval policies and protected aliases, and may override a stage directly.
  admin: new Set([
    ...AUTHOR,
    'stage:transition',
    'approval:decide',
    'deployment:rollback',
    'policy:manage',
    'retention:purge',
    'user:manage',
    'webhook:manage',
    'audit:read',
    'audit:verify',
  ]),
};

export const ROLE_LABELS: Record<Role, string> = {
  viewer: 'Viewer',
  data_scientist: 'Data scientist',
  reviewer: 'Reviewer',
  admin: 'Admin',
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].has(permission);
}
