import path from 'node:path';
import { apiClient, createToken } from './api-fixtures.mjs';
import { measure, signIn, summarize } from './http.mjs';
import { COLUMNS, DRIFTED_COLUMNS, writeCsv } from './monitoring-csv.mjs';
import { latencyStatsByPath, maxOf, overlapping, requestLoop, sampleMemory, sendFile } from './monitoring-load.mjs';
import { hasModelRow } from './scenarios.mjs';
import { BENCH_PASSWORD, BENCH_USER, createWorkspace, generate, launch, mb, reportHeader, writeReport } from './workspace.mjs';

/**
 * The monitoring suite: one production batch (1,000,000 rows × 20 columns by default) ingested as CSV
 * and judged against a 100,000-row reference, end to end through the REST API, a few times after a
 * warm-up. While each ingest runs, the catalogue (the /models page and GET /api/v1/models) is requested
 * one request after another, and the server's memory is sampled. Returns the error count; a missed
 * target is reported, not a failure.
 */
const TARGETS = { ingestMaxMs: 3000, catalogueP95DuringIngestMs: 200 };
const MODEL = 'bench-monitoring';
const SAMPLE_EVERY_MS = 50;
const BASELINE_REQUESTS = 100;
const WARMUP_REQUESTS = 10;
const CATALOGUE_REQUESTS = [
  { path: '/models', check: hasModelRow },
  { path: '/api/v1/models', check: (body) => body.includes('"models":[{') },
];
const CATALOGUE_PATHS = CATALOGUE_REQUESTS.map((r) => r.path);

const round = (n, digits = 0) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : null);
const seconds = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'n/a');
const driftedNames = (report) => (report?.columns ?? []).filter((c) => c.drifted).map((c) => c.name);
const sameNames = (a, b) => a.length === b.length && [...a].sort().every((name, i) => name === [...b].sort()[i]);

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The reference upload: a PUT of the CSV, answered 201 `{ reference }` listing every column with its inferred kind. */
async function uploadReference(server, token, file, rows) {
  const res = await sendFile(server.base, `/api/v1/models/${MODEL}/versions/1/reference?format=csv`, { method: 'PUT', token, file: file.file });
  const reference = parseJson(res.body)?.reference;
  if (res.status !== 201 || !reference) throw new Error(`Reference upload: HTTP ${res.status} ${res.body.slice(0, 500)}`);
  const kinds = Object.fromEntries(reference.columns.map((c) => [c.name, c.kind]));
  const wrong = COLUMNS.filter((c) => kinds[c.name] !== c.kind).map((c) => `${c.name} is ${kinds[c.name] ?? 'missing'}, not ${c.kind}`);
  if (reference.rowCount !== rows || wrong.length) throw new Error(`Reference upload: ${reference.rowCount} rows (expected ${rows}); ${wrong.join('; ')}`);
  return { rows, bytes: file.bytes, ms: Math.round(res.ms), mbPerSecond: round(mb(file.bytes) / (res.ms / 1000), 1) };
}

/** One timed ingest, with the catalogue requested and the server's memory sampled while it runs; `samples` are the catalogue requests that overlapped it. */
async function ingestOnce(server, token, cookie, file, rows) {
  const memory = sampleMemory(server.memory, SAMPLE_EVERY_MS);
  const upload = sendFile(server.base, `/api/v1/models/${MODEL}/versions/1/batches?format=csv`, { method: 'POST', token, file: file.file }).catch((error) => ({ error }));
  const loop = requestLoop(server.base, cookie, CATALOGUE_REQUESTS);
  const res = await upload;
  const samples = await loop.stop();
  const memorySamples = memory.stop();

  const failures = [];
  const report = res.error ? null : parseJson(res.body)?.report;
  if (res.error) failures.push(`ingest: ${res.error.message}`);
  else if (res.status !== 201 || !report) failures.push(`ingest: HTTP ${res.status} ${res.body.slice(0, 500)}`);
  else if (report.rowCount !== rows || report.columnCount !== COLUMNS.length) failures.push(`ingest: report of ${report.rowCount} rows × ${report.columnCount} columns, expected ${rows} × ${COLUMNS.length}`);
  const during = overlapping(samples, res.error ? { startedAt: memorySamples[0].at, endedAt: memorySamples.at(-1).at } : res);
  const drifted = driftedNames(report);
  const ok = failures.length === 0;
  const run = {
    ok,
    // A refused upload keeps its time (how long the refusal took); its rates would mean nothing.
    ms: res.error ? null : Math.round(res.ms),
    sentMs: res.error ? null : round(res.sentMs),
    headersMs: res.error ? null : round(res.headersMs),
    bytes: file.bytes,
    rowsPerSecond: ok ? Math.round(rows / (res.ms / 1000)) : null,
    mbPerSecond: ok ? round(mb(file.bytes) / (res.ms / 1000), 1) : null,
    status: res.status ?? null,
    responseBytes: res.responseBytes ?? null,
    report: report && { id: report.id, rowCount: report.rowCount, columnCount: report.columnCount, driftedCount: report.driftedCount, datasetDrift: report.datasetDrift, drifted },
    driftAsExpected: Boolean(report) && sameNames(drifted, DRIFTED_COLUMNS),
    serverMemory: {
      rssBeforeMb: memorySamples[0].rssMb,
      rssPeakSampledMb: maxOf(memorySamples.map((s) => s.rssMb)),
      rssAfterMb: memorySamples.at(-1).rssMb,
      peakSoFarMb: memorySamples.at(-1).peakMb,
      samples: memorySamples.length,
    },
    catalogue: latencyStatsByPath(during, CATALOGUE_PATHS),
    failures,
  };
  return { run, samples: during };
}

function printSummary(report) {
  const { ingest, catalogue, serverMemory: memory } = report;
  console.table(
    Object.fromEntries(
      [...(report.warmup ? [['warm-up', report.warmup]] : []), ...report.runs.map((r, i) => [`run ${i + 1}`, r])].map(([name, r]) => [
        name,
        { ms: r.ms, 'sent ms': r.sentMs, 'MB/s': r.mbPerSecond, 'rows/s': r.rowsPerSecond, drifted: r.report?.driftedCount ?? '', 'catalogue reqs': r.catalogue.all.requests, 'p50 ms': r.catalogue.all.p50, 'p95 ms': r.catalogue.all.p95, 'max ms': r.catalogue.all.max, 'peak RSS MB': r.serverMemory.rssPeakSampledMb, ok: r.ok },
      ]),
    ),
  );
  for (const r of [report.warmup, ...report.runs]) for (const failure of [...(r?.failures ?? []), ...(r?.catalogue.all.failures ?? [])]) console.error(`  ${failure}`);
  const pass = (met) => (met ? 'met' : 'MISSED');
  console.log(
    `Ingest + drift report of ${report.workload.rows.toLocaleString('en')} rows (${mb(report.workload.batchBytes)} MB): median ${seconds(ingest.medianMs)}, max ${seconds(ingest.maxMs)} ` +
      `(${ingest.rowsPerSecond?.toLocaleString('en') ?? 'n/a'} rows/s, ${ingest.mbPerSecond ?? 'n/a'} MB/s at the median); target ≤ ${seconds(TARGETS.ingestMaxMs)}: ${pass(report.met.ingest)}.`,
  );
  console.log(
    `Catalogue during ingests: ${catalogue.duringIngest.all.requests} requests, p50 ${catalogue.duringIngest.all.p50} ms, p95 ${catalogue.duringIngest.all.p95} ms, max ${catalogue.duringIngest.all.max} ms ` +
      `(idle: p50 ${catalogue.baseline.all.p50} ms, p95 ${catalogue.baseline.all.p95} ms); target p95 ≤ ${TARGETS.catalogueP95DuringIngestMs} ms: ${pass(report.met.catalogue)}.`,
  );
  console.log(`Drifted columns: ${report.drift.reported.join(', ') || 'none'} (expected ${report.drift.expected.join(', ')})${report.drift.asExpected ? '' : ' — NOT as expected'}.`);
  console.log(`Server RSS: ${memory.rssStartMb} MB at start, ${memory.rssBeforeIngestsMb} MB before the ingests, ${memory.rssPeakSampledMb} MB peak sampled, ${memory.rssPeakMb} MB peak (VmHWM). Errors: ${report.errors}.`);
}

/** The timed runs' times (the median and max of the successful ones) and the rates at the median. */
function ingestStats(timed, rows, bytes) {
  const times = timed.filter((r) => r.ok).map((r) => r.ms);
  const stats = times.length ? summarize(times) : null;
  const medianMs = stats?.p50 ?? null;
  return {
    runs: timed.length,
    succeeded: times.length,
    timesMs: timed.map((r) => r.ms),
    medianMs,
    maxMs: stats?.max ?? null,
    meanMs: stats?.mean ?? null,
    rowsPerSecond: medianMs ? Math.round(rows / (medianMs / 1000)) : null,
    mbPerSecond: medianMs ? round(mb(bytes) / (medianMs / 1000), 1) : null,
  };
}

const workloadOf = (referenceFile, batchFile) => ({
  rows: batchFile.rows,
  referenceRows: referenceFile.rows,
  columns: COLUMNS.length,
  numericColumns: COLUMNS.filter((c) => c.kind === 'numeric').length,
  categoricalColumns: COLUMNS.filter((c) => c.kind === 'categorical').length,
  batchBytes: batchFile.bytes,
  referenceBytes: referenceFile.bytes,
  csvGenerationSeconds: { reference: referenceFile.generateMs / 1000, batch: batchFile.generateMs / 1000 },
  schema: COLUMNS.map((c) =>
    c.kind === 'numeric'
      ? { name: c.name, kind: c.kind, dist: c.dist, reference: c.params, production: c.drift ?? c.params }
      : { name: c.name, kind: c.kind, values: c.values.length, skew: c.skew, production: c.drift ?? 'same' },
  ),
});

export async function runMonitoringSuite(args) {
  const rows = Number(args['monitoring-rows']);
  const referenceRows = Number(args['monitoring-reference-rows']);
  const runs = Number(args['monitoring-runs']);
  const workspace = createWorkspace('monitoring');
  const header = reportHeader(generate(workspace, { models: 20, versionsPerModel: 2, pointsPerVersion: 10 }));
  console.log(`Writing the reference (${referenceRows.toLocaleString('en')} rows) and the batch (${rows.toLocaleString('en')} rows) as CSV …`);
  const referenceFile = writeCsv(path.join(workspace.dataDir, 'reference.csv'), { rows: referenceRows, seed: 1 });
  const batchFile = writeCsv(path.join(workspace.dataDir, 'batch.csv'), { rows, seed: 2, production: true });
  console.log(`${mb(referenceFile.bytes)} MB in ${seconds(referenceFile.generateMs)}; ${mb(batchFile.bytes)} MB in ${seconds(batchFile.generateMs)}.`);
  const { token } = createToken(workspace);

  const server = await launch(workspace);
  const memoryAtStart = server.memory();
  const cookie = await signIn(server.base, BENCH_USER, BENCH_PASSWORD);
  const api = apiClient(server.base, token);
  await api('POST', '/api/v1/models', { name: MODEL, taskType: 'classification', description: 'Created by the monitoring benchmark.' });
  await api('POST', `/api/v1/models/${MODEL}/versions`, {});
  const reference = await uploadReference(server, token, referenceFile, referenceRows);
  console.log(`Reference uploaded in ${seconds(reference.ms)}.`);

  const alternating = (count) => Array.from({ length: count }, (_, i) => CATALOGUE_REQUESTS[i % CATALOGUE_REQUESTS.length]);
  const warm = await measure(server.base, cookie, alternating(WARMUP_REQUESTS));
  const baseline = latencyStatsByPath(await requestLoop(server.base, cookie, CATALOGUE_REQUESTS, BASELINE_REQUESTS).done, CATALOGUE_PATHS);
  const memoryBeforeIngests = server.memory();

  console.log(`Ingesting the batch: 1 warm-up, then ${runs} timed runs …`);
  const { run: warmup } = await ingestOnce(server, token, cookie, batchFile, rows);
  console.log(`  warm-up: ${warmup.ms === null ? 'failed' : seconds(warmup.ms)}`);
  const timed = [];
  const duringSamples = [];
  for (let i = 0; i < runs; i++) {
    const { run, samples } = await ingestOnce(server, token, cookie, batchFile, rows);
    timed.push(run);
    duringSamples.push(...samples);
    console.log(`  run ${i + 1}: ${run.ms === null ? 'failed' : seconds(run.ms)}, catalogue p95 ${run.catalogue.all.p95} ms over ${run.catalogue.all.requests} requests`);
  }
  const memoryAtEnd = server.memory();
  server.stop();
  workspace.cleanup();

  const ingest = ingestStats(timed, rows, batchFile.bytes);
  const during = latencyStatsByPath(duringSamples, CATALOGUE_PATHS);
  const reported = [...new Set(timed.flatMap((r) => r.report?.drifted ?? []))];
  const errors = warm.failures.length + baseline.all.errors + [warmup, ...timed].reduce((sum, r) => sum + r.failures.length + r.catalogue.all.errors, 0);
  const report = {
    ...header,
    workload: workloadOf(referenceFile, batchFile),
    method:
      `The batch CSV is written to disk before timing, then streamed from the file (node:http, Content-Length set, Bearer token of ${BENCH_USER}) as POST /api/v1/models/${MODEL}/versions/1/batches?format=csv; ` +
      'an ingest is timed from opening the request until the 201 response (the drift report) is fully read. One warm-up ingest, then the timed runs, one at a time. ' +
      `During each ingest, one request at a time alternates GET /models (HTML, signed-in session) and GET /api/v1/models (JSON, same session); only requests in flight during the ingest count. ` +
      `The baseline is ${BASELINE_REQUESTS} of the same requests with nothing else running, after ${WARMUP_REQUESTS} warm-up requests. ` +
      `Server memory is the next-server process (the monitoring worker threads included) read from /proc every ${SAMPLE_EVERY_MS} ms during each ingest; rssPeakMb is VmHWM, the kernel's high-water mark over the server's life (reference upload included). ` +
      'The bench (request loop and upload) runs in one process on the same cores as the server.',
    targets: TARGETS,
    met: {
      // Every run must have succeeded, and the slowest within the target.
      ingest: ingest.succeeded === ingest.runs && ingest.runs > 0 && ingest.maxMs <= TARGETS.ingestMaxMs,
      catalogue: during.all.p95 !== null && during.all.p95 <= TARGETS.catalogueP95DuringIngestMs,
    },
    errors,
    ingest,
    referenceUpload: reference,
    drift: { expected: DRIFTED_COLUMNS, reported, asExpected: timed.every((r) => r.driftAsExpected) },
    catalogue: { baseline, duringIngest: during },
    serverMemory: {
      rssStartMb: memoryAtStart.rssMb,
      rssBeforeIngestsMb: memoryBeforeIngests.rssMb,
      rssPeakSampledMb: maxOf([warmup, ...timed].map((r) => r.serverMemory.rssPeakSampledMb)),
      rssPeakMb: memoryAtEnd.peakMb,
      rssEndMb: memoryAtEnd.rssMb,
      sampleEveryMs: SAMPLE_EVERY_MS,
    },
    warmup,
    runs: timed,
  };
  writeReport(args['monitoring-out'], report);
  printSummary(report);
  console.log(`Written to ${args['monitoring-out']}.`);
  return errors;
}
