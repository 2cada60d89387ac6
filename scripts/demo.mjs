import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';

/** `npm run demo`: seed DATA_DIR if it is empty, build once, and serve the production build. */
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

run('npm', ['run', '--silent', 'seed', '--', '--if-empty']);
if (!fs.existsSync('.next/BUILD_ID') || process.argv.includes('--build')) run('npx', ['next', 'build']);
const port = process.env.PORT || '3000';
console.log(`\nModelboard on http://localhost:${port} — sign in with a demo login above (password modelboard-demo).\n`);
const server = spawn('npx', ['next', 'start', '-p', port], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
