import fs from 'node:fs';
import { load } from './api-load.mjs';
import { apiClient, createFixtures, createToken, readWorkspace } from './api-fixtures.mjs';
import { evaluate, missedTargets, printApiTable } from './api-report.mjs';
import { buildApiScenarios } from './api-scenarios.mjs';
import { BENCH_USER, generatedWorkspace, launch, writeReport } from './workspace.mjs';

/**
 * The API suite: the issue's /api/v1 scenarios under autocannon at a fixed concurrency, authenticated
 * with a Bearer token of a data scientist. Returns the number of errors (non-2xx responses included);
 * a missed target is reported, not a failure. `--cpu-prof DIR` has the server write a V8 CPU profile.
 */
async function waitForExit(pid, ms = 20_000) {
  for (const deadline = Date.now() + ms; pid && fs.existsSync(`/proc/${pid}`) && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 200));
}

export async function runApiSuite(args) {
  const { workspace, header } = generatedWorkspace('api', args);
  const data = readWorkspace(workspace.dbFile);
  const { token, user } = createToken(workspace);

  const profileDir = args['cpu-prof'];
  if (profileDir) fs.mkdirSync(profileDir, { recursive: true });
  const server = await launch(workspace, profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []);
  const memoryAtStart = server.memory();
  const api = apiClient(server.base, token);
  console.log('Creating fixtures through the API (models, versions, runs, a 100,000-point history) …');
  const fixtures = await createFixtures(api);
  console.log(`Logged the 100,000-point history in one batch in ${fixtures.preload.ms} ms (${fixtures.preload.pointsPerSecond} points/s).`);

  const only = args.scenarios ? new Set(args.scenarios.split(',')) : null;
  const scenarios = buildApiScenarios(data, fixtures).filter((s) => !only || only.has(s.key));
  const settings = { connections: Number(args.connections), duration: Number(args.duration), warmup: Number(args['warmup-seconds']) };
  const results = [];
  for (const scenario of scenarios) {
    process.stdout.write(`${scenario.name} … `);
    const result = await load(server.base, token, scenario, settings);
    const memory = server.memory();
    results.push({ key: scenario.key, name: scenario.name, ...result, serverRssAfterMb: memory.rssMb, serverRssPeakSoFarMb: memory.peakMb, comparison: evaluate(scenario, result) });
    console.log(`${result.requestsPerSecond} req/s, p95 ${result.latencyMs?.p95} ms, ${result.errors} errors`);
  }
  const memoryAtEnd = server.memory();
  server.stop();
  if (profileDir) await waitForExit(server.pid);
  workspace.cleanup();

  const report = {
    ...header,
    method:
      `autocannon 9 against next start: ${settings.connections} connections, pipelining 1, ${settings.warmup} s warm-up then ${settings.duration} s per scenario ` +
      '(a fresh autocannon run each); latency is time to the full response body, over every response. Authenticated with `Authorization: Bearer` ' +
      `for ${user.email} (${user.role}), a token made by lib/tokens' createTokenUseCase. Errors are connection errors, timeouts, responses ` +
      'with another status than 2xx (401 for the floor scenario) and bodies that fail the scenario check. autocannon runs in the same process as the bench, on the same cores as the server.',
    benchUser: BENCH_USER,
    fixtures: { models: fixtures.versionModels.length + fixtures.aliasModels.length, logRuns: fixtures.runs.length, historyPreload: fixtures.preload },
    mlflowReference: 'MLflow 2.9 on SQLite, this class of machine (issue 3): 200 creates/s, 185 version creates/s, 380 gets/s, 90 prefix searches/s (p95 300 ms), 21,700 logged points/s, a 100,000-point history in 4.1 s.',
    scenarios: results,
    targetsMissed: missedTargets(results),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    serverMemory: { rssStartMb: memoryAtStart.rssMb, rssPeakMb: memoryAtEnd.peakMb, rssEndMb: memoryAtEnd.rssMb },
    ...(profileDir ? { cpuProfileDir: profileDir } : {}),
  };
  writeReport(args['api-out'], report);
  printApiTable(results);
  console.log(`Server RSS: ${report.serverMemory.rssStartMb} MB at start, ${report.serverMemory.rssPeakMb} MB peak. Written to ${args['api-out']}.`);
  return report.errors;
}
