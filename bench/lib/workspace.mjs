import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, memoryOf, startServer } from './server.mjs';

/** What every suite shares: a throwaway DATA_DIR filled by the bulk generator, the build, and the report header. */
export const root = path.resolve(import.meta.dirname, '..', '..');
export const AUTH_SECRET = 'bench-secret-not-for-production-use-0123456789';

/** Synchronous undo steps (stop a server, delete a data directory), run on 'exit' whatever the way out. */
const pending = new Set();
export function cleanupAll() {
  for (const undo of [...pending].reverse()) undo();
  pending.clear();
}
const onExit = (undo) => {
  pending.add(undo);
  return () => {
    pending.delete(undo);
    undo();
  };
};

export const mb = (bytes) => (Number.isFinite(bytes) ? Math.round(bytes / 1024 / 102.4) / 10 : null);

export function run(command, argv, options = {}) {
  const result = spawnSync(command, argv, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed (${result.status}):\n${result.stderr ?? ''}`);
  return result.stdout ?? '';
}

/** Runs a TypeScript entry point the way the seed scripts run: tsx, with `server-only` resolving to nothing. */
export const runTs = (file, argv, env) => run('node', ['--conditions=react-server', '--import', 'tsx', file, ...argv], { env });

/** A fresh data directory, removed by `cleanup` (which only does synchronous work, so it may run on 'exit'). */
export function createWorkspace(label) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `modelboard-bench-${label}-`));
  const env = { ...process.env, DATA_DIR: dataDir, AUTH_SECRET };
  const cleanup = onExit(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  return { dataDir, env, dbFile: path.join(dataDir, 'modelboard.db'), cleanup };
}

/** The production server on the workspace; `memory()` reads its resident set and the kernel's high-water mark (VmHWM). */
let lastLog = () => '';
/** The output of the server started last, for the error message when a suite fails. */
export const lastServerLog = () => lastLog();

export async function launch(workspace, nodeArgs = []) {
  const port = await freePort();
  const server = await startServer({ port, env: { ...workspace.env, PORT: String(port) }, nodeArgs });
  lastLog = server.log;
  const stop = onExit(() => server.stop());
  if (!server.pid) console.warn('Could not find the next-server process; memory will not be reported.');
  const memory = () => {
    const m = server.pid ? memoryOf(server.pid) : null;
    return { rssMb: mb(m?.rss), peakMb: mb(m?.hwm) };
  };
  return { base: `http://127.0.0.1:${port}`, pid: server.pid, log: server.log, memory, stop };
}

/** The signed-in user of every suite: a data scientist of the demo users the bulk generator writes. */
export const BENCH_USER = 'ada@modelboard.dev';
export const BENCH_PASSWORD = 'modelboard-demo';

/** Runs a generator script on the workspace and returns the JSON summary it prints last, plus the wall time. */
export function runGenerator(workspace, file, argv) {
  const started = Date.now();
  const stdout = runTs(file, argv.map(String), workspace.env);
  const summary = { ...JSON.parse(stdout.trim().split('\n').at(-1)), wallMs: Date.now() - started };
  console.log(`Done in ${(summary.wallMs / 1000).toFixed(1)} s (${mb(summary.dbBytes)} MB database).`);
  return summary;
}

/** Fills the workspace with db/seed/bulk-cli.ts. */
export function generate(workspace, { models, versionsPerModel, pointsPerVersion }) {
  console.log(`Generating ${models} models × ${versionsPerModel} versions × ${pointsPerVersion} points into ${workspace.dataDir} …`);
  return runGenerator(workspace, 'db/seed/bulk-cli.ts', ['--models', models, '--versions-per-model', versionsPerModel, '--points-per-version', pointsPerVersion]);
}

const loadAverage = () => os.loadavg().map((n) => Math.round(n * 100) / 100);

/** A workspace filled from the bench's --models, --versions-per-model and --points-per-version, with its report header. */
export function generatedWorkspace(label, args) {
  const workspace = createWorkspace(label);
  const summary = generate(workspace, { models: args.models, versionsPerModel: args['versions-per-model'], pointsPerVersion: args['points-per-version'] });
  return { workspace, header: reportHeader(summary) };
}

const BUILD_ID = path.join(root, '.next', 'BUILD_ID');
const buildInfo = () => (fs.existsSync(BUILD_ID) ? { id: fs.readFileSync(BUILD_ID, 'utf8').trim(), at: fs.statSync(BUILD_ID).mtime.toISOString() } : null);

/** `--build` when the working tree has changed since the last build: the bench measures whatever .next holds. */
export function ensureBuild(force) {
  if (!force && fs.existsSync(BUILD_ID)) return;
  console.log('Running next build …');
  run('npx', ['next', 'build'], { stdio: 'inherit' });
}

/** Date, commit, build and machine: the first fields of every results file. */
export function reportHeader(summary) {
  const git = (...argv) => spawnSync('git', argv, { cwd: root, encoding: 'utf8' }).stdout?.trim() || null;
  const build = buildInfo();
  const commitAt = git('log', '-1', '--format=%cI');
  if (build && commitAt && Date.parse(build.at) < Date.parse(commitAt)) console.warn('Warning: .next is older than the last commit; run with --build to measure the current tree.');
  return {
    date: new Date().toISOString(),
    commit: git('rev-parse', '--short', 'HEAD'),
    commitAt,
    // Tracked files changed since that commit: the build then holds more than the commit says.
    uncommittedChanges: (git('status', '--porcelain', '--untracked-files=no') ?? '').split('\n').filter(Boolean).length,
    build: build && { ...build, olderThanCommit: Boolean(commitAt && Date.parse(build.at) < Date.parse(commitAt)) },
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, memoryMb: mb(os.totalmem()), node: process.version, platform: `${os.platform()} ${os.release()}` },
    // Other work on the machine shows here: a 1-minute load above the core count means the numbers are shared.
    loadAverage: { atStart: loadAverage() },
    workspace: { models: summary.models, versions: summary.versions, metricPoints: summary.metricPoints, users: summary.users, dbMb: mb(summary.dbBytes) },
    generation: { totalSeconds: summary.wallMs / 1000, generatorSeconds: summary.generateMs / 1000 },
  };
}

/** Writes the report; warns when someone rebuilt .next while the suite ran, since the numbers then mix two builds. */
export function writeReport(out, report) {
  if (report.loadAverage) report.loadAverage.atEnd = loadAverage();
  const now = buildInfo();
  if (report.build && now?.id !== report.build.id) {
    report.build.changedDuringRun = now;
    console.warn(`Warning: .next was rebuilt during the run (${report.build.id} → ${now?.id}); the numbers may mix two builds.`);
  }
  fs.mkdirSync(path.dirname(path.resolve(root, out)), { recursive: true });
  fs.writeFileSync(path.resolve(root, out), `${JSON.stringify(report, null, 2)}\n`);
}
