import { beginAttempt } from '@/lib/auth/throttle/failures';
import type { RestCase } from './cases';
import { ADMIN } from './fixture';
import type { Ctx, Made } from './workspace';

/** One failed sign-in of a bystander: the least an unlock needs to have something to clear. */
function failedSignIn({ fx }: Ctx): Made {
  beginAttempt(fx.users.reviewer2.email, '198.51.100.4', Date.now());
  return {};
}

const user = (id: number) => ({ id: String(id) });

/** User management, the same use cases as the admin's users page. */
export const USER_CASES: RestCase[] = [
  {
    route: 'users/route.ts',
    method: 'POST',
    allowed: ADMIN,
    request: () => ({ body: { email: 'new.hire@example.com', name: 'New Hire', password: 'a long enough password', role: 'data_scientist', team: 'crm' } }),
  },
  { route: 'users/[id]/route.ts', method: 'PATCH', variant: 'promote', allowed: ADMIN, request: ({ fx }) => ({ params: user(fx.users.viewer.id), body: { role: 'admin' } }) },
  { route: 'users/[id]/route.ts', method: 'PATCH', variant: 'deactivate', allowed: ADMIN, request: ({ fx }) => ({ params: user(fx.users.reviewer2.id), body: { active: false } }) },
  { route: 'users/[id]/unlock-sign-in/route.ts', method: 'POST', allowed: ADMIN, setup: failedSignIn, request: ({ fx }) => ({ params: user(fx.users.reviewer2.id) }) },
];
