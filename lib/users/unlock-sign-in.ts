import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type Actor } from '@/lib/auth/actor';
import { clearFailures, countFailures } from '@/lib/auth/throttle/failures';
import { invalidState, notFound, routeId } from '@/lib/errors';

export interface UnlockedSignIn {
  userId: number;
  email: string;
  clearedFailures: number;
}

/**
 * Forgets an account's failed sign-ins, so a user locked out by their own typos (or by someone
 * guessing) can sign in again at once. An account with nothing to clear is refused, so the audit log
 * holds only unlocks that changed something.
 */
export function unlockSignInUseCase(actor: Actor, rawUserId: unknown, now = Date.now()): UnlockedSignIn {
  authorize(actor, 'user:manage', 'user');
  const userId = routeId(rawUserId, 'user', 'No such user.');
  return getDb().transaction(
    (tx) => {
      const user = tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).get();
      if (!user) throw notFound('user', 'No such user.');
      const failures = countFailures(tx, user.email, now);
      if (failures === 0) throw invalidState('user', `${user.email} has no failed sign-ins to clear.`);
      clearFailures(tx, user.email);
      recordAudit(tx, { actorId: actor.id, action: 'user.sign_in_unlocked', entityType: 'user', entityId: userId, before: { failedSignIns: failures }, after: { failedSignIns: 0 } });
      return { userId, email: user.email, clearedFailures: failures };
    },
    // Immediate, like a sign-in attempt: no failure can land between the count the audit records and the clear.
    { behavior: 'immediate' },
  );
}
