import 'server-only';
import { CredentialsSignin, type User } from 'next-auth';
import { clientIp } from '@/lib/http/client-ip';
import { recordSignIn } from '@/lib/users/use-cases';
import { authenticateThrottled } from './authenticate';
import { refusalCode } from './message';

/** Auth.js hands `code` back to the sign-in action, which turns it into the message with minutes. */
export class SignInThrottled extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

/** The Credentials provider's `authorize`: one audit entry per attempt, a typed error when throttled. */
export async function authorizeCredentials(credentials: unknown, request: Request, now = Date.now()): Promise<User | null> {
  const { actor, refusal } = await authenticateThrottled(credentials, clientIp(request.headers), now);
  if (refusal) {
    recordSignIn(credentials, null, refusal);
    throw new SignInThrottled(refusalCode(refusal, now));
  }
  recordSignIn(credentials, actor);
  if (!actor) return null;
  return { id: String(actor.id), email: actor.email, name: actor.name, role: actor.role };
}
