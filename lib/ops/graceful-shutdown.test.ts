import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installGracefulShutdown } from './graceful-shutdown';
import { isShuttingDown, resetShutdownState } from './shutdown-state';

let stderr: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  stderr = vi.spyOn(process.stderr, 'write').mockReturnValue(true);
});
afterEach(() => {
  stderr.mockRestore();
  resetShutdownState();
});

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** A stand-in for `process`, holding a stand-in for Next.js's own signal handler. */
function setup(options: { timeoutMs?: number; withNextHandler?: boolean; drain?: () => Promise<void> } = {}) {
  const source = new EventEmitter();
  const nextHandler = vi.fn();
  if (options.withNextHandler ?? true) {
    source.on('SIGTERM', nextHandler);
    source.on('SIGINT', nextHandler);
  }
  const gate = deferred();
  const drain = vi.fn(options.drain ?? (() => gate.promise));
  const exit = vi.fn();
  installGracefulShutdown({ drain, timeoutMs: options.timeoutMs ?? 60_000, source, exit });
  return { source, nextHandler, drain, exit, finishDrain: gate.resolve };
}

describe('graceful shutdown', () => {
  it('turns readiness off at once and runs Next.js’s handler only after the drain', async () => {
    const { source, nextHandler, drain, exit, finishDrain } = setup();
    expect(source.listeners('SIGTERM')).not.toContain(nextHandler);
    expect(isShuttingDown()).toBe(false);
    source.emit('SIGTERM', 'SIGTERM');
    expect(isShuttingDown()).toBe(true);
    expect(drain).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(nextHandler).not.toHaveBeenCalled();
    finishDrain();
    await vi.waitFor(() => expect(nextHandler).toHaveBeenCalledWith('SIGTERM'));
    expect(exit).not.toHaveBeenCalled();
  });

  it('drains once however many signals arrive', async () => {
    const { source, nextHandler, drain, finishDrain } = setup();
    source.emit('SIGTERM');
    source.emit('SIGINT');
    source.emit('SIGTERM');
    finishDrain();
    await vi.waitFor(() => expect(nextHandler).toHaveBeenCalledTimes(1));
    expect(drain).toHaveBeenCalledTimes(1);
  });

  it('gives up waiting after the timeout, and says so in the log', async () => {
    const { source, nextHandler } = setup({ timeoutMs: 30 });
    source.emit('SIGTERM');
    await vi.waitFor(() => expect(nextHandler).toHaveBeenCalledWith('SIGTERM'));
    const line = JSON.parse(String(stderr.mock.calls.at(-1)?.[0]));
    expect(line).toMatchObject({ level: 'warn', message: 'shutdown: drain timed out', timeoutMs: 30 });
  });

  it('still shuts down when the drain fails, logging why', async () => {
    const { source, nextHandler } = setup({ drain: () => Promise.reject(new Error('database is closed')) });
    source.emit('SIGINT');
    await vi.waitFor(() => expect(nextHandler).toHaveBeenCalledWith('SIGINT'));
    expect(JSON.parse(String(stderr.mock.calls[0]?.[0]))).toMatchObject({ level: 'error', message: 'shutdown: drain failed', error: 'database is closed' });
  });

  it('exits with the signal’s code itself when nobody else handles the signal', async () => {
    for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
      const { source, exit, finishDrain } = setup({ withNextHandler: false });
      source.emit(signal);
      expect(exit).not.toHaveBeenCalled();
      finishDrain();
      await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(code));
    }
  });
});
