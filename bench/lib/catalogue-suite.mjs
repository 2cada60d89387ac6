import Database from 'better-sqlite3';
import { printSequential, runSequential, signIn } from './http.mjs';
import { buildScenarios } from './scenarios.mjs';
import { BENCH_PASSWORD, BENCH_USER, generatedWorkspace, launch, writeReport } from './workspace.mjs';

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
  const cookie = await signIn(server.base, BENCH_USER, BENCH_PASSWORD);
  const results = await runSequential(server.base, cookie, scenarios.map((s) => ({ ...s, target: TARGETS[s.kind] })));
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

  printSequential(results);
  console.log(`Server RSS: ${report.serverMemory.rssStartMb} MB at start, ${report.serverMemory.rssPeakMb} MB peak. Written to ${args.out}.`);
  return results.reduce((sum, r) => sum + r.errors, 0);
}
