const MINUTE = 60 * 1000;

/**
 * How many failed sign-ins a window allows before further attempts are refused unchecked.
 * Per account: 5 per 15 minutes is room for a user fumbling a password, while capping a guesser at
 * under 500 tries a day against one account. Per network: 20 per 15 minutes lets an office behind one
 * address mistype freely, yet stops one address spraying a common password across many accounts,
 * which the per-account limit cannot see.
 */
export const LIMITS = {
  account: { failures: 5, windowMs: 15 * MINUTE },
  network: { failures: 20, windowMs: 15 * MINUTE },
} as const;

export type ThrottleScope = keyof typeof LIMITS;

/** Failures older than every window no longer count for anything. */
export const RETENTION_MS = Math.max(LIMITS.account.windowMs, LIMITS.network.windowMs);
