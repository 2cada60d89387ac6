import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

function children(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

const cmdline = (pid) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
};

/** `npx next start` runs Next in a grandchild that renames itself; its memory is the one that matters. */
function findServerPid(root) {
  const tree = [];
  for (let queue = [root]; queue.length > 0; ) {
    const pid = queue.shift();
    tree.push(pid);
    queue.push(...children(pid));
  }
  return tree.find((pid) => cmdline(pid).startsWith('next-server')) ?? null;
}

/** Resident and peak resident memory of a process, in bytes (Linux only; null elsewhere). */
export function memoryOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

/**
 * Starts the production server in its own process group and resolves once it answers. With `nodeArgs`
 * (flags NODE_OPTIONS refuses, such as --cpu-prof) Next's CLI runs directly under this node instead of npx.
 */
export async function startServer({ port, env, timeoutMs = 90_000, nodeArgs = [] }) {
  const argv = ['start', '-p', String(port), '-H', '127.0.0.1'];
  const [command, args] = nodeArgs.length ? [process.execPath, [...nodeArgs, createRequire(import.meta.url).resolve('next/dist/bin/next'), ...argv]] : ['npx', ['next', ...argv]];
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      // Negative pid: the whole group, so npx's grandchild (the real server) goes too.
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/login`);
      await res.arrayBuffer();
      if (res.ok) return { pid: findServerPid(child.pid), stop, log: () => log };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`next start did not answer within ${timeoutMs / 1000} s:\n${log}`);
}
