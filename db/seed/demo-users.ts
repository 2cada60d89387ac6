import type { Role } from '../schema';

/** One account per role, plus a second data scientist so ownership and teams mean something. */
export const DEMO_PASSWORD = 'modelboard-demo';

export const DEMO_USERS: { email: string; name: string; role: Role; team: string | null }[] = [
  { email: 'admin@modelboard.dev', name: 'Alex Admin', role: 'admin', team: 'ml-platform' },
  { email: 'ada@modelboard.dev', name: 'Ada Lovelace', role: 'data_scientist', team: 'ecology-research' },
  { email: 'grace@modelboard.dev', name: 'Grace Hopper', role: 'data_scientist', team: 'automotive-insights' },
  { email: 'rita@modelboard.dev', name: 'Rita Reviewer', role: 'reviewer', team: null },
  { email: 'victor@modelboard.dev', name: 'Victor Viewer', role: 'viewer', team: null },
];

export function loginTable(): string {
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
  return DEMO_USERS.map((u) => `  ${u.email.padEnd(width)}  ${DEMO_PASSWORD}  (${u.role})`).join('\n');
}
