import type { Refusal } from './failures';
import type { ThrottleScope } from './limits';

const MINUTE = 60 * 1000;
// Both account limits read the same to the user: from where the guesses came is not theirs to act on.
const WHERE: Record<ThrottleScope, string> = { accountOnNetwork: 'for this account', account: 'for this account', network: 'from this network' };
// The code travels in Auth.js's error (and in its redirect URL), so it carries only scope and minutes.
const CODE = new RegExp(`^throttled-(${Object.keys(WHERE).join('|')})-(\\d{1,4})$`);

/** Whole minutes, rounded up, so "try again in N minutes" is never too early. */
export function minutesLeft(refusal: Refusal, now: number): number {
  return Math.max(1, Math.ceil((refusal.retryAt - now) / MINUTE));
}

export function refusalMessage(scope: ThrottleScope, minutes: number): string {
  return `Too many failed sign-ins ${WHERE[scope]}. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

export function refusalCode(refusal: Refusal, now: number): string {
  return `throttled-${refusal.scope}-${minutesLeft(refusal, now)}`;
}

/** The message for a code made by `refusalCode`, or null for any other sign-in failure. */
export function messageForCode(code: string): string | null {
  const match = CODE.exec(code);
  return match ? refusalMessage(match[1] as ThrottleScope, Number(match[2])) : null;
}
