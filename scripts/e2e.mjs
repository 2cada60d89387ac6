import { execFileSync } from 'node:child_process';
import { ensureChromium } from './find-chromium.mjs';

/** End-to-end: a fresh production build, then Playwright against `next start` in real Chromium. */
const executable = ensureChromium();
const env = { ...process.env, ...(executable ? { PLAYWRIGHT_CHROMIUM_EXECUTABLE: executable } : {}) };
const run = (args) => execFileSync('npx', args, { stdio: 'inherit', env });

try {
  run(['next', 'build']);
  run(['playwright', 'test', ...process.argv.slice(2)]);
} catch (error) {
  process.exit(typeof error.status === 'number' ? error.status : 1);
}
