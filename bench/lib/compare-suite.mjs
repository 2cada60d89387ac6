import { loadInChromium } from './browser-load.mjs';
import { measure, printSequential, runSequential, signIn, summarize } from './http.mjs';
import { BENCH_PASSWORD, BENCH_USER, createWorkspace, generate, launch, reportHeader, runGenerator, writeReport } from './workspace.mjs';

/**
 * The compare suite: one model whose versions each logged several metrics of a long history through
 * log-batch, compared all at once. Times the server (the compare page, which renders every history
 * chart's first window, and the history API the charts call when zooming) one request at a time,
 * then loads the page in Chromium until every chart has drawn all its lines. Returns the error count.
 */
const TARGETS = { serverP95Ms: 300, chartsDrawnMs: 2000 };

function generateLongHistories(workspace, { versions, metrics, steps }) {
  console.log(`Logging ${versions} versions × ${metrics} metrics × ${steps.toLocaleString('en')} steps through log-batch …`);
  return runGenerator(workspace, 'db/seed/long-histories-cli.ts', ['--versions', versions, '--metrics', metrics, '--steps', steps]);
}

/** Low-discrepancy fractions (additive recurrences with the golden ratios): spread evenly, the same on every run. */
const spread = (i, dimension) => (i * [0.6180339887, 0.7548776662][dimension]) % 1;

/** Zoom windows a user might drag: spans from 0.1% to 60% of the run, anywhere in it, on both axes. */
function zoomRequests(refs, keys, steps, startOf, count) {
  return Array.from({ length: count }, (_, i) => {
    const width = Math.max(10, Math.round(steps * (0.001 + 0.6 * spread(i + 1, 0) ** 2)));
    const from = Math.floor(spread(i + 1, 1) * (steps - width));
    const axis = i % 4 === 3 ? 'time' : 'step';
    const [lo, hi] = axis === 'step' ? [from, from + width] : [startOf(1) + from * 100, startOf(1) + (from + width) * 100];
    return historyRequest(refs, keys[i % keys.length], `&axis=${axis}&from=${lo}&to=${hi}`);
  });
}

const historyRequest = (refs, metric, extra = '') => ({
  path: `/api/v1/compare/history?${refs}&metric=${metric}&points=1100${extra}`,
  check: (body) => JSON.parse(body).window?.series?.length > 0,
});

export async function runCompareSuite(args) {
  const shape = { versions: Number(args['compare-versions']), metrics: Number(args['compare-metrics']), steps: Number(args['compare-steps']) };
  const workspace = createWorkspace('compare');
  const base = generate(workspace, { models: 20, versionsPerModel: 2, pointsPerVersion: 10 });
  const long = generateLongHistories(workspace, shape);
  const header = reportHeader({ ...base, versions: base.versions + shape.versions, metricPoints: base.metricPoints + long.metricPoints, dbBytes: long.dbBytes, wallMs: base.wallMs + long.wallMs });

  const server = await launch(workspace);
  const memoryAtStart = server.memory();
  const cookie = await signIn(server.base, BENCH_USER, BENCH_PASSWORD);
  const refs = Array.from({ length: shape.versions }, (_, i) => `v=long-run@${i + 1}`).join('&');
  const pagePath = `/compare?${refs}`;
  const comparison = await fetch(`${server.base}/api/v1/compare?${refs}`, { headers: { cookie } }).then((r) => r.json());
  const keys = comparison.comparison?.historyKeys ?? [];
  if (keys.length !== shape.metrics) throw new Error(`Expected ${shape.metrics} metrics with histories, found ${JSON.stringify(keys)}.`);
  // React separates text and expressions with comments: `Compare <!-- -->10<!-- --> versions`.
  const heading = new RegExp(`Compare (<!-- -->)?${shape.versions}(<!-- -->)? versions`);
  const page = { path: pagePath, check: (body) => heading.test(body) };
  const half = Math.max(1, Math.floor(Number(args.requests) / 2));
  const scenarios = [
    { name: 'compare page (HTML with every chart’s first window)', requests: Array(Math.max(20, Math.round(half / 5))).fill(page) },
    { name: 'history window, whole run', requests: Array.from({ length: half }, (_, i) => historyRequest(refs, keys[i % keys.length])) },
    { name: 'history window, zoomed (step and time)', requests: zoomRequests(refs, keys, shape.steps, (v) => Date.UTC(2026, 9, v), half) },
    { name: 'comparison data (metrics, params, lineage)', requests: Array(half).fill({ path: `/api/v1/compare?${refs}`, check: (body) => body.includes('"metrics"') }) },
  ].map((s) => ({ ...s, warmup: s.requests.slice(0, 3), target: TARGETS.serverP95Ms }));

  const first = await measure(server.base, cookie, [page]);
  const results = await runSequential(server.base, cookie, scenarios);

  console.log('Loading the page in Chromium …');
  const charts = shape.metrics;
  const lines = shape.versions;
  // Drawn: every history chart holds one line per version with a non-empty path.
  const ready = `[...document.querySelectorAll('[data-testid^="history-chart-"]')].filter((c) => [...c.querySelectorAll('path.history-line')].filter((p) => (p.getAttribute('d') || '').length > 10).length >= ${lines}).length >= ${charts}`;
  const loads = await loadInChromium(server.base, cookie, pagePath, { ready, runs: 5 });
  const drawn = summarize(loads.map((l) => l.readyMs));
  const memoryAtEnd = server.memory();
  server.stop();
  workspace.cleanup();

  const errors = results.reduce((sum, r) => sum + r.errors, 0) + first.failures.length;
  const report = {
    ...header,
    workload: { ...shape, historyPoints: long.metricPoints, loggedThroughLogBatchSeconds: long.generateMs / 1000 },
    method:
      'Server: sequential requests (one in flight) with a signed-in session after 3 warm-up requests; latency is time to the full response body. ' +
      `Browser: Chromium (headless) with an empty cache per load, 1440×900, timed from navigation start until each of the ${charts} history charts has drawn ${lines} lines; bytes are response bodies as sent (compressed) plus headers.`,
    targets: TARGETS,
    firstPageRequestMs: Math.round(first.latencies[0]),
    scenarios: results,
    browser: { chartsDrawnMs: drawn, pass: drawn.p95 <= TARGETS.chartsDrawnMs, loads },
    serverMemory: { rssStartMb: memoryAtStart.rssMb, rssPeakMb: memoryAtEnd.peakMb, rssEndMb: memoryAtEnd.rssMb },
  };
  writeReport(args['compare-out'], report);
  printSequential(results);
  console.log(`Charts drawn in Chromium: p50 ${drawn.p50} ms, max ${drawn.max} ms (target ${TARGETS.chartsDrawnMs}); bytes per load ${loads.map((l) => l.totalBytes).join(', ')}.`);
  console.log(`Server RSS: ${report.serverMemory.rssStartMb} MB at start, ${report.serverMemory.rssPeakMb} MB peak. Written to ${args['compare-out']}.`);
  return errors;
}
