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

async function untilReady(server: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    const ready = await fetch(`${BASE}/api/ready`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not become ready in 60 s');
}

test('a new workspace explains itself on the overview, and SIGTERM shuts its server down cleanly', async ({ browser }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelboard-empty-'));
  const env = { ...process.env, DATA_DIR: dataDir, AUTH_SECRET: 'e2e-empty-secret-not-for-production-0123', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ADMIN_NAME: 'First Admin' };
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
  try {
    await untilReady(server);
    const page = await (await browser.newContext({ baseURL: BASE })).newPage();
    await signInAs(page, ADMIN.email, ADMIN.password, '/');
    await expect(page.getByRole('heading', { name: 'No models yet' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create a model' })).toBeVisible();
    await expect(page.locator('.recharts-wrapper')).toHaveCount(0);
    await page.close();

    server.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(output).toContain('"message":"shutting down"');
  } finally {
    if (server.exitCode === null) server.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
