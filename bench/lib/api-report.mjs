/**
 * The API issue's yardsticks: MLflow 2.9's own server on SQLite, measured on this class of machine, and
 * the targets (10× each MLflow rate, at least 300,000 logged points/s, the 100,000-point history in
 * under 200 ms). A rate is compared as ours ÷ MLflow's; the history as MLflow's latency ÷ ours.
 */
export const MLFLOW = {
  createModel: { metric: 'requestsPerSecond', value: 200, unit: 'creates/s' },
  createVersion: { metric: 'requestsPerSecond', value: 185, unit: 'version creates/s' },
  getModel: { metric: 'requestsPerSecond', value: 380, unit: 'gets/s' },
  search: { metric: 'requestsPerSecond', value: 90, unit: 'prefix searches/s', p95Ms: 300 },
  logBatch: { metric: 'pointsPerSecond', value: 21_700, unit: 'logged points/s' },
  history: { metric: 'latencyMs.p95', value: 4100, unit: 'ms for a 100,000-point history' },
};

export const TARGETS = {
  createModel: { min: 2000 },
  createVersion: { min: 1850 },
  getModel: { min: 3800 },
  search: { min: 900 },
  logBatch: { min: 300_000 },
  history: { maxMs: 200 },
};

const valueOf = (result, metric) => metric.split('.').reduce((v, k) => v?.[k], result);

/** The comparison row of one scenario result: its figure, MLflow's, the ratio and the target. */
export function evaluate(scenario, result) {
  const ref = MLFLOW[scenario.mlflow];
  if (!ref) return { mlflow: null, target: null, ratioToMlflow: null, pass: null };
  const ours = valueOf(result, ref.metric);
  const target = TARGETS[scenario.mlflow];
  const lowerIsBetter = target.maxMs !== undefined;
  const ratio = ours ? (lowerIsBetter ? ref.value / ours : ours / ref.value) : 0;
  return {
    metric: ref.metric,
    value: ours,
    mlflow: ref,
    target: lowerIsBetter ? { maxMs: target.maxMs } : { min: target.min, timesMlflow: Math.round((target.min / ref.value) * 10) / 10 },
    ratioToMlflow: Math.round(ratio * 100) / 100,
    pass: lowerIsBetter ? ours < target.maxMs : ours >= target.min,
  };
}

/** One line per missed target, e.g. `create model: 459.9 requestsPerSecond, target ≥ 2000`. */
export const missedTargets = (results) =>
  results
    .filter((r) => r.comparison.pass === false)
    .map(({ name, comparison: c }) => `${name}: ${c.value} ${c.metric}, target ${c.target.maxMs ? `< ${c.target.maxMs} ms` : `≥ ${c.target.min}`}`);

export function printApiTable(results) {
  const row = (r) => ({
    conns: r.connections,
    reqs: r.requests,
    'req/s': r.requestsPerSecond,
    'points/s': r.pointsPerSecond ?? '',
    p50: r.latencyMs?.p50,
    p95: r.latencyMs?.p95,
    p99: r.latencyMs?.p99,
    max: r.latencyMs?.max,
    errors: r.errors,
    non2xx: r.non2xx,
    MB: Math.round(r.bytes / 1e5) / 10,
    mlflow: r.comparison.mlflow ? r.comparison.mlflow.value : '',
    target: r.comparison.target ? (r.comparison.target.maxMs ? `<${r.comparison.target.maxMs} ms` : `≥${r.comparison.target.min}`) : '',
    '×mlflow': r.comparison.ratioToMlflow ?? '',
    pass: r.comparison.pass ?? '',
  });
  console.table(Object.fromEntries(results.map((r) => [r.name, row(r)])));
  for (const r of results) for (const failure of r.failures) console.error(`  ${r.name}: ${failure}`);
}
