// On globalThis because Next.js may load this module once per bundle (instrumentation, routes).
const slot = globalThis as unknown as { __modelboardShuttingDown?: boolean };

/** From here on readiness answers 503, so a load balancer stops sending new traffic. */
export function markShuttingDown(): void {
  slot.__modelboardShuttingDown = true;
}

export function isShuttingDown(): boolean {
  return slot.__modelboardShuttingDown === true;
}

/** For tests, which share one process across many shutdowns. */
export function resetShutdownState(): void {
  slot.__modelboardShuttingDown = undefined;
}
