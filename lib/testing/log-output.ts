import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

type Write = typeof process.stdout.write;

/**
 * Silences stdout and stderr for each test and keeps what lib/log wrote there, to read back; env
 * stubs (LOG_LEVEL) are undone after each test too.
 */
export function captureLogOutput(): { stdout: () => MockInstance<Write>; stderr: () => MockInstance<Write> } {
  let stdout: MockInstance<Write>;
  let stderr: MockInstance<Write>;
  beforeEach(() => {
    stdout = vi.spyOn(process.stdout, 'write').mockReturnValue(true);
    stderr = vi.spyOn(process.stderr, 'write').mockReturnValue(true);
  });
  afterEach(() => {
    stdout.mockRestore();
    stderr.mockRestore();
    vi.unstubAllEnvs();
  });
  return { stdout: () => stdout, stderr: () => stderr };
}

/** The JSON lines written through a captured stream. */
export const jsonLines = (stream: MockInstance<Write>) => stream.mock.calls.map((call) => JSON.parse(String(call[0])) as Record<string, unknown>);
