import { createToken } from './api-fixtures.mjs';
import { prepareLoad, BATCH_ROWS, REFERENCE_ROWS } from './load-fixtures.mjs';
import { buildMix, POINTS_PER_LOG } from './load-mix.mjs';
import { printLoad } from './load-report.mjs';
import { runMix, waitForIdle } from './load-run.mjs';
import { soak, GROWTH, SOAK_SAMPLE_EVERY_MS } from './load-soak.mjs';
import { maxOf, sampleMemory } from './monitoring-load.mjs';
import { BENCH_USER, generatedWorkspace, launch, writeReport } from './workspace.mjs';

/**
 * The load suite: the mix of load-mix.mjs at increasing concurrency until p95 passes 500 ms, then a
 * soak at half the sustained rate watching the server's memory. Returns the error count; a missed
 * target (p95, sustained rate, memory trend) is reported, not a failure.
 */
const LEVELS = [1, 2, 4, 8, 16, 32, 64, 128];
const P95_LIMIT_MS = 500;
const WARMUP_SECONDS = 3;

async function rampLevel(server, mix, connections, seconds) {
  await runMix(server.base, mix, { connections, duration: WARMUP_SECONDS });
  await waitForIdle(server.pid);
  const memory = sampleMemory(server.memory, 1000);
  const run = await runMix(server.base, mix, { connections, duration: seconds });
  const samples = memory.stop();
  await waitForIdle(server.pid);
  return { connections, ...run, serverRssMb: { peakSampled: maxOf(samples.map((s) => s.rssMb)), after: samples.at(-1).rssMb } };
}

async function ramp(server, mix, seconds) {
  const levels = [];
  for (const connections of LEVELS) {
    process.stdout.write(`${connections} connections … `);
    const level = await rampLevel(server, mix, connections, seconds);
    levels.push(level);
    console.log(`${level.requestsPerSecond} req/s, p95 ${level.latencyMs?.p95} ms, ${level.errors} errors, RSS ${level.serverRssMb.after} MB`);
    if (!level.latencyMs || level.latencyMs.p95 > P95_LIMIT_MS) break;
  }
  return levels;
}

export async function runLoadSuite(args) {
  const seconds = Number(args['load-seconds']);
  const soakSeconds = Number(args['soak-seconds']);
  const { workspace, header } = generatedWorkspace('load', args);
  const { token } = createToken(workspace);
  const server = await launch(workspace);
  const memoryAtStart = server.memory();
  console.log('Signing in and creating runs and a monitored version with its reference …');
  const mix = buildMix(await prepareLoad(workspace, server, token));

  console.log(`Ramp: ${WARMUP_SECONDS} s warm-up then ${seconds} s per level, until p95 > ${P95_LIMIT_MS} ms.`);
  const levels = await ramp(server, mix, seconds);
  const sustained = levels.filter((l) => l.latencyMs && l.latencyMs.p95 <= P95_LIMIT_MS && l.errors === 0).at(-1) ?? null;
  const soakRate = sustained ? Math.max(1, Math.round(sustained.requestsPerSecond / 2)) : null;
  let soakResult = { skipped: soakSeconds > 0 ? 'no level was sustained' : '--soak-seconds 0' };
  if (soakSeconds > 0 && soakRate) {
    console.log(`Soak: ${soakRate} req/s over ${sustained.connections} connections for ${soakSeconds} s …`);
    soakResult = await soak(server, mix, { rate: soakRate, connections: sustained.connections, seconds: soakSeconds });
  }
  const memoryAtEnd = server.memory();
  server.stop();
  workspace.cleanup();

  const errors = levels.reduce((sum, l) => sum + l.errors, 0) + (soakResult.errors ?? 0);
  const report = {
    ...header,
    method:
      'autocannon 9 against next start, pipelining 1, one autocannon run per level with all connections taking turns from one schedule: of every 20 requests, ' +
      '8 page views (/, /models, a model page, a version page; session cookie of a signed-in user), 8 API reads (GET /api/v1/models?q= prefix search, ' +
      `GET a version, GET /api/v1/compare of a model's first and last versions; Bearer token), 3 metric logs (POST log-batch, ${POINTS_PER_LOG} points, continuing a run's steps) ` +
      `and 1 monitoring batch (POST a ${BATCH_ROWS}-row, 20-column CSV to /batches, drift-checked against a ${REFERENCE_ROWS}-row reference), interleaved by smooth weighted round-robin. ` +
      `Levels ${LEVELS.join(', ')} connections: ${WARMUP_SECONDS} s warm-up, a wait until the server is idle, then ${seconds} s measured; the ramp stops after the first level whose p95 exceeds ${P95_LIMIT_MS} ms. ` +
      `Latency is time to the full response, over every response. Errors are non-2xx answers and bodies failing their kind's check (per kind), connection errors and timeouts (30 s; per level). ` +
      `The sustained rate is the requests/s of the highest level with p95 <= ${P95_LIMIT_MS} ms and no error. The soak runs the same mix at half that rate (autocannon overallRate) over that level's connections, ` +
      `sampling the next-server process's RSS every ${SOAK_SAMPLE_EVERY_MS / 1000} s; its first half is warm-up, and the memory verdict over the second half is a growth trend when the least-squares slope exceeds ` +
      `${GROWTH.slopeMbPerMinute} MB/min and the last third's mean RSS is more than ${GROWTH.thirdsIncrease * 100} % above the first third's. The V8 heap is not reported: the server exposes no way to read it. ` +
      'autocannon runs in the bench process, on the same cores as the server.',
    benchUser: BENCH_USER,
    targets: { p95Ms: P95_LIMIT_MS, errors: 0, soakMemory: 'no growth trend' },
    sustained: sustained && { connections: sustained.connections, requestsPerSecond: sustained.requestsPerSecond, p95Ms: sustained.latencyMs.p95 },
    met: {
      sustained: Boolean(sustained),
      soakMemory: soakResult.memory ? soakResult.memory.trend.verdict === 'no growth trend' : null,
    },
    errors,
    serverMemory: { rssStartMb: memoryAtStart.rssMb, rssPeakMb: memoryAtEnd.peakMb, rssEndMb: memoryAtEnd.rssMb },
    levels,
    soak: soakResult,
  };
  writeReport(args['load-out'], report);
  printLoad(report);
  console.log(`Written to ${args['load-out']}.`);
  return errors;
}
