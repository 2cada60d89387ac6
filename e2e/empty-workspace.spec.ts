import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signInAs } from './helpers';

// A second production server of the same build, on its own port and data directory, with no demo.
const PORT = Number(process.env.E2E_PORT ?? 3107) + 50;
const BASE = `http://127.0.0.1:${PORT}`;
const ADMIN = { email: 'first-admin@example.com', password: 'first-admin-password-0123' };

let server: ChildProcess | null = null;
let dataDir: string | null = null;

// Hooks run even when the test times out, so no server outlives its test to answer the next run.
test.afterEach(() => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function untilReady(process: ChildProcess): Promise<void> {
  for (let i = 0; i < 180; i++) {
    if (process.exitCode !== null) throw new Error(`the server exited with ${process.exitCode}`);
    const ready = await fetch(`${BASE}/api/ready`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not become ready in 90 s');
}

test('a new workspace explains itself on the overview, and SIGTERM shuts its server down cleanly', async ({ browser }) => {
  test.setTimeout(150_000);
  expect(await fetch(`${BASE}/api/health`).then(() => 'taken', () => 'free'), `port ${PORT} must be free`).toBe('free');
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelboard-empty-'));
  const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'info', AUTH_SECRET: 'e2e-empty-secret-not-for-production-0123', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ADMIN_NAME: 'First Admin' };
  const started = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  server = started;
  let output = '';
  started.stdout!.on('data', (chunk) => (output += chunk));
  started.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => started.on('exit', (code) => resolve(code)));
  await untilReady(started);

  const context = await browser.newContext({ baseURL: BASE });
  const page = await context.newPage();
  await signInAs(page, ADMIN.email, ADMIN.password, '/');
  await expect(page.getByRole('heading', { name: 'No models yet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Create a model' })).toBeVisible();
  // The page is rendered on the server as a whole: with the explanation there, no chart or health table is.
  await expect(page.getByRole('heading', { name: 'Production health' })).toHaveCount(0);
  await context.close();

  started.kill('SIGTERM');
  expect(await exited).toBe(143);
  expect(output).toContain('"message":"shutting down"');
});
