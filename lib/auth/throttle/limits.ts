const MINUTE = 60 * 1000;

/**
 * How many failed sign-ins a window allows before further attempts are refused unchecked.
 * - accountOnNetwork: 5 per 15 minutes for one account from one address is room for a user fumbling a
 *   password, while capping a single guesser at under 500 tries a day. Because it is per address, a
 *   guesser elsewhere cannot lock the real user out of their own network with 5 cheap wrong guesses.
 * - account: 50 per 15 minutes from any address caps guessing spread over many addresses. The price:
 *   an attacker rotating addresses can still lock an account for 15 minutes with 50 guesses, and again
 *   after that; we accept it, since without the cap those addresses could guess without limit.
 * - network: 20 per 15 minutes lets an office behind one address mistype freely, yet stops one address
 *   spraying a common password across many accounts, which the account limits cannot see.
 */
export const LIMITS = {
  accountOnNetwork: { failures: 5, windowMs: 15 * MINUTE },
  account: { failures: 50, windowMs: 15 * MINUTE },
  network: { failures: 20, windowMs: 15 * MINUTE },
} as const;

export type ThrottleScope = keyof typeof LIMITS;

/** Failures older than every window no longer count for anything. */
export const RETENTION_MS = Math.max(...Object.values(LIMITS).map((limit) => limit.windowMs));
