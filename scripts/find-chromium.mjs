import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** The closed network refuses Chromium's background calls; these flags stop it from trying. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

const found = () => [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, ...CANDIDATES].find((p) => p && fs.existsSync(p));

function run(cmd, args) {
  execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/**
 * A Chromium for Playwright: the one named by PLAYWRIGHT_CHROMIUM_EXECUTABLE, a system one, or one
 * installed now (Debian's package when we may use apt, else Playwright's own download). Returns its
 * path, or undefined when Playwright's own browser is to be used.
 */
export function ensureChromium() {
  const existing = found();
  if (existing) return existing;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s chromium package…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
    const installed = found();
    if (installed) return installed;
  }
  console.log('No system Chromium: installing Playwright\'s own browser…');
  run('npx', ['playwright', 'install', 'chromium']);
  return undefined;
}
