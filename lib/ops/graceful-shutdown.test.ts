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
function setup(options: { drainMs?: number; deadlineMs?: number; withNextHandler?: boolean; drain?: () => Promise<void> } = {}) {
  const source = new EventEmitter();
  const nextHandler = vi.fn();
  if (options.withNextHandler ?? true) {
    source.on('SIGTERM', nextHandler);
    source.on('SIGINT', nextHandler);
  }
  const gate = deferred();
  const drain = vi.fn(options.drain ?? (() => gate.promise));
  const exit = vi.fn();
  installGracefulShutdown({ drain, drainMs: options.drainMs ?? 60_000, deadlineMs: options.deadlineMs ?? 60_000, source, exit });
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

  it('drains once, and exits at once with the second signal’s code when another signal arrives', () => {
    const { source, nextHandler, drain, exit } = setup();
    source.emit('SIGTERM');
    expect(exit).not.toHaveBeenCalled();
    source.emit('SIGINT');
    expect(exit).toHaveBeenCalledExactlyOnceWith(130);
    expect(drain).toHaveBeenCalledTimes(1);
    expect(nextHandler).not.toHaveBeenCalled();
    expect(JSON.parse(String(stderr.mock.calls.at(-1)?.[0]))).toMatchObject({ level: 'warn', message: 'shutdown: second signal, exiting now', signal: 'SIGINT' });
  });

  it('exits at the deadline when closing the server hangs after the drain', async () => {
    const { source, nextHandler, exit, finishDrain } = setup({ deadlineMs: 40 });
    source.emit('SIGTERM');
    finishDrain();
    // Next.js's handler runs after the drain but never exits, as when a request never finishes.
    await vi.waitFor(() => expect(exit).toHaveBeenCalledExactlyOnceWith(143));
    expect(nextHandler).toHaveBeenCalledWith('SIGTERM');
    expect(nextHandler.mock.invocationCallOrder[0]).toBeLessThan(exit.mock.invocationCallOrder[0]!);
    expect(JSON.parse(String(stderr.mock.calls.at(-1)?.[0]))).toMatchObject({ level: 'error', message: 'shutdown: deadline reached, exiting', deadlineMs: 40 });
  });

  it('exits at the deadline even when the drain itself hangs past it', async () => {
    const { source, nextHandler, exit } = setup({ deadlineMs: 30 });
    source.emit('SIGINT');
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(130));
    expect(nextHandler).not.toHaveBeenCalled();
  });

  it('reads the drain time and the deadline from SHUTDOWN_DRAIN_MS and SHUTDOWN_TIMEOUT_MS, defaulting to 5 s and 8 s', () => {
    vi.stubEnv('LOG_LEVEL', 'info');
    const stdout = vi.spyOn(process.stdout, 'write').mockReturnValue(true);
    const started = () => JSON.parse(String(stdout.mock.calls.at(-1)?.[0]));
    try {
      for (const [env, expected] of [
        [{}, { drainMs: 5_000, deadlineMs: 8_000 }],
        [{ SHUTDOWN_DRAIN_MS: '1500', SHUTDOWN_TIMEOUT_MS: '4000' }, { drainMs: 1_500, deadlineMs: 4_000 }],
        [{ SHUTDOWN_DRAIN_MS: 'soon', SHUTDOWN_TIMEOUT_MS: '-1' }, { drainMs: 5_000, deadlineMs: 8_000 }],
      ] as const) {
        vi.stubEnv('SHUTDOWN_DRAIN_MS', 'SHUTDOWN_DRAIN_MS' in env ? env.SHUTDOWN_DRAIN_MS : undefined);
        vi.stubEnv('SHUTDOWN_TIMEOUT_MS', 'SHUTDOWN_TIMEOUT_MS' in env ? env.SHUTDOWN_TIMEOUT_MS : undefined);
        const source = new EventEmitter();
        installGracefulShutdown({ drain: () => new Promise(() => {}), source, exit: vi.fn() });
        source.emit('SIGTERM');
        expect(started()).toMatchObject({ message: 'shutting down', ...expected });
      }
    } finally {
      stdout.mockRestore();
      vi.unstubAllEnvs();
    }
  });

  it('gives up waiting after the timeout, and says so in the log', async () => {
    const { source, nextHandler } = setup({ drainMs: 30 });
    source.emit('SIGTERM');
    await vi.waitFor(() => expect(nextHandler).toHaveBeenCalledWith('SIGTERM'));
    const line = JSON.parse(String(stderr.mock.calls.at(-1)?.[0]));
    expect(line).toMatchObject({ level: 'warn', message: 'shutdown: drain timed out', drainMs: 30 });
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
