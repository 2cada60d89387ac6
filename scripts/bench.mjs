import { parseArgs } from 'node:util';
import { runApiSuite } from '../bench/lib/api-suite.mjs';
import { runCatalogueSuite } from '../bench/lib/catalogue-suite.mjs';
import { runCompareSuite } from '../bench/lib/compare-suite.mjs';
import { runLoadSuite } from '../bench/lib/load-suite.mjs';
import { runMonitoringSuite } from '../bench/lib/monitoring-suite.mjs';
import { cleanupAll, ensureBuild, lastServerLog } from '../bench/lib/workspace.mjs';

/**
 * `npm run bench`: each suite generates a large workspace into its own throwaway DATA_DIR and measures
 * the production build. `catalogue` times the catalogue and version pages one request at a time
 * (bench/results/catalogue.json); `api` loads /api/v1 with autocannon (bench/results/api.json);
 * `compare` compares ten versions with million-step histories, on the server and in Chromium
 * (bench/results/compare.json); `monitoring` ingests a 1,000,000-row CSV batch and its drift report through
 * the API while the catalogue is requested alongside (bench/results/monitoring.json); `load` ramps a mix of page
 * views, API reads, metric logging and monitoring batches up to p95 > 500 ms, then soaks at half the sustained
 * rate watching the server's memory (bench/results/load.json).
 * Missing a target is reported, not a failure; only errors make the exit code non-zero.
 */
const { values: args } = parseArgs({
  options: {
    suite: { type: 'string', default: 'all' },
    models: { type: 'string', default: '10000' },
    'versions-per-model': { type: 'string', default: '5' },
    'points-per-version': { type: 'string', default: '100' },
    build: { type: 'boolean', default: false },
    // catalogue suite
    requests: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    out: { type: 'string', default: 'bench/results/catalogue.json' },
    // api suite
    connections: { type: 'string', default: '8' },
    duration: { type: 'string', default: '10' },
    'warmup-seconds': { type: 'string', default: '2' },
    scenarios: { type: 'string' },
    'cpu-prof': { type: 'string' },
    'api-out': { type: 'string', default: 'bench/results/api.json' },
    // compare suite
    'compare-versions': { type: 'string', default: '10' },
    'compare-metrics': { type: 'string', default: '5' },
    'compare-steps': { type: 'string', default: '1000000' },
    'compare-out': { type: 'string', default: 'bench/results/compare.json' },
    // monitoring suite
    'monitoring-rows': { type: 'string', default: '1000000' },
    'monitoring-reference-rows': { type: 'string', default: '100000' },
    'monitoring-runs': { type: 'string', default: '3' },
    'monitoring-out': { type: 'string', default: 'bench/results/monitoring.json' },
    // load suite
    'load-seconds': { type: 'string', default: '15' },
    'soak-seconds': { type: 'string', default: '600' },
    'load-out': { type: 'string', default: 'bench/results/load.json' },
  },
});
const SUITES = { catalogue: runCatalogueSuite, api: runApiSuite, compare: runCompareSuite, monitoring: runMonitoringSuite, load: runLoadSuite };
if (args.suite !== 'all' && !SUITES[args.suite]) throw new Error(`--suite is one of ${Object.keys(SUITES).join(', ')} or all, not ${args.suite}.`);

// Every way out passes through 'exit', whose handler may only do synchronous work: killing and deleting are.
process.on('exit', cleanupAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

async function main() {
  ensureBuild(args.build);
  let errors = 0;
  for (const [name, runSuite] of Object.entries(SUITES)) {
    if (args.suite !== 'all' && args.suite !== name) continue;
    console.log(`\n== ${name} suite ==`);
    errors += await runSuite(args);
  }
  return errors > 0 ? 1 : 0;
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error);
    console.error(lastServerLog().slice(-4000));
    process.exit(1);
  });
