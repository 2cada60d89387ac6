/** Structured JSON lines on stderr; stack traces stay in the log and never reach a response. */
export function logError(message: string, error: unknown, context: Record<string, unknown> = {}): void {
  const detail = error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
  process.stderr.write(`${JSON.stringify({ level: 'error', time: new Date().toISOString(), message, ...context, ...detail })}\n`);
}
