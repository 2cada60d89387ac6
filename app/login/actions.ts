'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn, signOut } from '@/lib/auth/auth';
import type { ActionResult } from '@/lib/actions/result';
import { withActionRequestId } from '@/lib/actions/with-actor';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { messageForCode } from '@/lib/auth/throttle/message';

/**
 * One message for every wrong email or password, so the form never tells whether an account exists;
 * the throttle's message is the same for real and unknown addresses, so it may say how long to wait.
 */
const INVALID = 'Invalid email or password.';

export async function loginAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return withActionRequestId(async () => {
    try {
      await signIn('credentials', {
        email: formData.get('email'),
        password: formData.get('password'),
        redirectTo: safeCallbackUrl(formData.get('callbackUrl')),
      });
      return { ok: true };
    } catch (error) {
      if (error instanceof CredentialsSignin) return { ok: false, message: messageForCode(error.code) ?? INVALID };
      if (error instanceof AuthError) return { ok: false, message: INVALID };
      throw error;
    }
  });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/login' });
}
