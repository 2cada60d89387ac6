import 'server-only';
import { CredentialsSignin, type User } from 'next-auth';
import { getDb } from '@/db/client';
import { recordAudit } from '@/lib/audit/record';
import { clientIp } from '@/lib/http/client-ip';
import { credentialsSchema } from '@/lib/users/schemas';
import { findUserByEmail } from '@/lib/users/queries';
import { recordSignIn } from '@/lib/users/use-cases';
import { authenticateThrottled } from './authenticate';
import type { Refusal } from './failures';
import { refusalCode } from './message';

/** Auth.js hands `code` back to the sign-in action, which turns it into the message with minutes. */
export class SignInThrottled extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

/** A refused attempt is a failed sign-in like any other in the audit log, with the limit as its reason. */
function recordThrottledSignIn(input: unknown, refusal: Refusal): void {
  const email = credentialsSchema.shape.email.parse((input as { email?: unknown }).email);
  const account = findUserByEmail(email);
  getDb().transaction((tx) => {
    recordAudit(tx, {
      actorId: null,
      action: 'auth.sign_in_failed',
      entityType: account ? 'user' : 'email',
      entityId: account?.id ?? email,
      after: { reason: 'throttled', scope: refusal.scope },
    });
  });
}

/** The Credentials provider's `authorize`: one audit entry per attempt, a typed error when throttled. */
export async function authorizeCredentials(credentials: unknown, request: Request, now = Date.now()): Promise<User | null> {
  const { actor, refusal } = await authenticateThrottled(credentials, clientIp(request.headers), now);
  if (refusal) {
    recordThrottledSignIn(credentials, refusal);
    throw new SignInThrottled(refusalCode(refusal, now));
  }
  recordSignIn(credentials, actor);
  if (!actor) return null;
  return { id: String(actor.id), email: actor.email, name: actor.name, role: actor.role };
}
