import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { measure, signIn, summarize } from '../bench/lib/http.mjs';
import { freePort, memoryOf, startServer } from '../bench/lib/server.mjs';
import { buildScenarios } from '../bench/lib/scenarios.mjs';

/**
 * `npm run bench`: generates a large workspace into a throwaway DATA_DIR, serves it with the production
 * build and measures the catalogue and version pages one request at a time. Missing a latency target is
 * reported, not a failure; only errors (non-200, missing content) make the exit code non-zero.
 */
const { values: args } = parseArgs({
  options: {
    models: { type: 'string', default: '10000' },
    'versions-per-model': { type: 'string', default: '5' },
    'points-per-version': { type: 'string', default: '100' },
    requests: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    out: { type: 'string', default: 'bench/results/catalogue.json' },
    build: { type: 'boolean', default: false },
  },
});
const TARGETS = { catalogue: 100, version: 150 };
const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelboard-bench-'));
const env = { ...process.env, DATA_DIR: dataDir, AUTH_SECRET: 'bench-secret-not-for-production-use-0123456789' };
let server = null;

function cleanup() {
  server?.stop();
  server = null;
  fs.rmSync(dataDir, { recursive: true, force: true });
}
// Every way out passes through 'exit', whose handler may only do synchronous work: killing and deleting are.
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function run(command, argv, options = {}) {
  const result = spawnSync(command, argv, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed (${result.status}):\n${result.stderr ?? ''}`);
  return result.stdout ?? '';
}

function generate() {
  console.log(`Generating ${args.models} models × ${args['versions-per-model']} versions × ${args['points-per-version']} points into ${dataDir} …`);
  const started = Date.now();
  const stdout = run('node', [
    '--conditions=react-server', '--import', 'tsx', 'db/seed/bulk-cli.ts',
    '--models', args.models, '--versions-per-model', args['versions-per-model'], '--points-per-version', args['points-per-version'],
  ]);
  const summary = JSON.parse(stdout.trim().split('\n').at(-1));
  return { ...summary, wallMs: Date.now() - started };
}

const mb = (bytes) => (Number.isFinite(bytes) ? Math.round(bytes / 1024 / 102.4) / 10 : null);

async function main() {
  const workspace = generate();
  console.log(`Generated in ${(workspace.wallMs / 1000).toFixed(1)} s (${mb(workspace.dbBytes)} MB database).`);
  // --build when the working tree has changed since the last build: the bench measures whatever .next holds.
  if (args.build || !fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log('Running next build …');
    run('npx', ['next', 'build'], { stdio: 'inherit' });
  }
  const db = new Database(path.join(dataDir, 'modelboard.db'), { readonly: true });
  const scenarios = buildScenarios(db, Number(args.requests), Number(args.warmup));
  db.close();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  server = await startServer({ port, env: { ...env, PORT: String(port) } });
  const serverPid = server.pid;
  if (!serverPid) console.warn('Could not find the next-server process; memory will not be reported.');
  const memoryAtStart = serverPid ? memoryOf(serverPid) : null;

  const cookie = await signIn(base, 'ada@modelboard.dev', 'modelboard-demo');
  const results = [];
  for (const scenario of scenarios) {
    await measure(base, cookie, scenario.warmup);
    const { latencies, failures } = await measure(base, cookie, scenario.requests);
    const stats = summarize(latencies);
    const target = TARGETS[scenario.kind];
    results.push({ name: scenario.name, example: scenario.requests[0].path, requests: latencies.length, errors: failures.length, ...stats, targetP95: target, pass: stats.p95 <= target, failures: failures.slice(0, 5) });
  }
  // VmHWM is the kernel's own high-water mark of the resident set, so no peak can fall between samples.
  const memoryAtEnd = serverPid ? memoryOf(serverPid) : null;
  server.stop();
  server = null;

  const report = {
    date: new Date().toISOString(),
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim() || null,
    build: { id: fs.readFileSync(path.join(root, '.next', 'BUILD_ID'), 'utf8').trim(), at: fs.statSync(path.join(root, '.next', 'BUILD_ID')).mtime.toISOString() },
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, memoryMb: mb(os.totalmem()), node: process.version, platform: `${os.platform()} ${os.release()}` },
    workspace: { models: workspace.models, versions: workspace.versions, metricPoints: workspace.metricPoints, users: workspace.users, dbMb: mb(workspace.dbBytes) },
    generation: { totalSeconds: workspace.wallMs / 1000, generatorSeconds: workspace.generateMs / 1000 },
    method: 'Sequential requests (one in flight) with a signed-in session, after warm-up; latency is time to the full response body.',
    targets: { catalogueP95Ms: TARGETS.catalogue, versionPageP95Ms: TARGETS.version },
    scenarios: results,
    serverMemory: { rssStartMb: mb(memoryAtStart?.rss), rssPeakMb: mb(memoryAtEnd?.hwm), rssEndMb: mb(memoryAtEnd?.rss) },
  };
  fs.mkdirSync(path.dirname(path.resolve(root, args.out)), { recursive: true });
  fs.writeFileSync(path.resolve(root, args.out), `${JSON.stringify(report, null, 2)}\n`);

  console.table(Object.fromEntries(results.map((r) => [r.name, { requests: r.requests, errors: r.errors, p50: r.p50, p95: r.p95, p99: r.p99, max: r.max, target: r.targetP95, pass: r.pass }])));
  console.log(`Server RSS: ${report.serverMemory.rssStartMb} MB at start, ${report.serverMemory.rssPeakMb} MB peak. Written to ${args.out}.`);
  for (const r of results) for (const failure of r.failures) console.error(`  ${r.name}: ${failure}`);
  return results.some((r) => r.errors > 0) ? 1 : 0;
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error);
    if (server) console.error(server.log().slice(-4000));
    process.exit(1);
  });
