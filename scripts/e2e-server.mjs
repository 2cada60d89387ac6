import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A throwaway workspace: a new data directory, seeded, served by the production build. */
const port = process.argv[2] ?? '3107';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelboard-e2e-'));
const env = { ...process.env, DATA_DIR: dataDir, PORT: port, AUTH_SECRET: 'e2e-secret-not-for-production-use-0123456789' };

execFileSync('npm', ['run', '--silent', 'seed'], { stdio: 'inherit', env });
const server = spawn('npx', ['next', 'start', '-p', port, '-H', '127.0.0.1'], { stdio: 'inherit', env });

const stop = () => {
  server.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => process.exit(code ?? 0));
