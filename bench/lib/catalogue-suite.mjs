import Database from 'better-sqlite3';
import { measure, signIn, summarize } from './http.mjs';
import { buildScenarios } from './scenarios.mjs';
import { generatedWorkspace, launch, writeReport } from './workspace.mjs';

/**
 * The catalogue suite: the catalogue and version pages one request at a time with a signed-in session.
 * Returns the number of failed requests; missing a latency target is reported, not a failure.
 */
const TARGETS = { catalogue: 100, version: 150 };

export async function runCatalogueSuite(args) {
  const { workspace, header } = generatedWorkspace('catalogue', args);
  const db = new Database(workspace.dbFile, { readonly: true });
  const scenarios = buildScenarios(db, Number(args.requests), Number(args.warmup));
  db.close();

  const server = await launch(workspace);
  const memoryAtStart = server.memory();
  const cookie = await signIn(server.base, 'ada@modelboard.dev', 'modelboard-demo');
  const results = [];
  for (const scenario of scenarios) {
    await measure(server.base, cookie, scenario.warmup);
    const { latencies, failures } = await measure(server.base, cookie, scenario.requests);
    const stats = summarize(latencies);
    const target = TARGETS[scenario.kind];
    results.push({ name: scenario.name, example: scenario.requests[0].path, requests: latencies.length, errors: failures.length, ...stats, targetP95: target, pass: stats.p95 <= target, failures: failures.slice(0, 5) });
  }
  // VmHWM is the kernel's own high-water mark of the resident set, so no peak can fall between samples.
  const memoryAtEnd = server.memory();
  server.stop();
  workspace.cleanup();

  const report = {
    ...header,
    method: 'Sequential requests (one in flight) with a signed-in session, after warm-up; latency is time to the full response body.',
    targets: { catalogueP95Ms: TARGETS.catalogue, versionPageP95Ms: TARGETS.version },
    scenarios: results,
    serverMemory: { rssStartMb: memoryAtStart.rssMb, rssPeakMb: memoryAtEnd.peakMb, rssEndMb: memoryAtEnd.rssMb },
  };
  writeReport(args.out, report);

  console.table(Object.fromEntries(results.map((r) => [r.name, { requests: r.requests, errors: r.errors, p50: r.p50, p95: r.p95, p99: r.p99, max: r.max, target: r.targetP95, pass: r.pass }])));
  console.log(`Server RSS: ${report.serverMemory.rssStartMb} MB at start, ${report.serverMemory.rssPeakMb} MB peak. Written to ${args.out}.`);
  for (const r of results) for (const failure of r.failures) console.error(`  ${r.name}: ${failure}`);
  return results.reduce((sum, r) => sum + r.errors, 0);
}
