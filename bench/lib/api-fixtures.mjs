import Database from 'better-sqlite3';
import { BENCH_USER, runTs } from './workspace.mjs';

/**
 * What the API scenarios work on. Existing model names and name prefixes are read from the generated
 * database before the server starts; everything the bench user must own (models to add versions and
 * aliases to, runs to log into) is created through the API itself, as a training script would.
 */
const FIXTURE_MODELS = 16;
const LOG_RUNS = 8;
export const HISTORY_POINTS = 100_000;

/** Existing model names spread over the table (a large prime step), and the family prefixes they start with. */
export function readWorkspace(dbFile, count = 2000) {
  const db = new Database(dbFile, { readonly: true });
  const { n } = db.prepare('SELECT count(*) AS n FROM registered_models').get();
  const find = db.prepare('SELECT name FROM registered_models WHERE id = ?');
  const names = Array.from({ length: Math.min(count, n) }, (_, i) => find.get(1 + ((i * 7919) % n)).name);
  // Generated names are `<family>-<5 digits>`. At 10,000 models a family alone matches hundreds of models, a real
  // name less its last 3 digits dozens, less 2 a handful; cut from real names, every prefix matches something.
  const families = db.prepare(`SELECT DISTINCT substr(name, 1, length(name) - 6) AS family FROM registered_models ORDER BY family`).all().map((r) => r.family);
  db.close();
  const prefixes = families.flatMap((family) => {
    const name = names.find((n) => n.startsWith(`${family}-`));
    return name ? [family, name.slice(0, -3), name.slice(0, -2)] : [family];
  });
  return { names, prefixes };
}

/** An API token for the bench user, made by lib/tokens' own use case in a tsx child process. */
export function createToken(workspace) {
  const stdout = runTs('bench/lib/api-token.mjs', ['--email', BENCH_USER], workspace.env);
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

export function apiClient(base, token) {
  return async (method, path, body) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : null;
  };
}

/** `count` points of the metric keys `keys`, steps from `firstStep`, as a log-batch body's `metrics`. */
export function metricPoints(count, firstStep, keys = ['loss', 'accuracy']) {
  const now = Date.now();
  return Array.from({ length: count }, (_, k) => {
    const step = firstStep + Math.floor(k / keys.length);
    return { key: keys[k % keys.length], value: 1 / (1 + step) + (k % 7) * 1e-3, step, timestamp: now + step };
  });
}

const pad = (i) => String(i).padStart(2, '0');
const modelBody = (name) => ({ name, taskType: 'classification', description: 'Created by the API benchmark.', framework: 'xgboost', tags: { domain: 'payments' } });

/** Models, versions and runs owned by the bench user; the history run holds HISTORY_POINTS points of `loss`. */
export async function createFixtures(api) {
  const experimentName = 'api-benchmark';
  const runs = [];
  for (let r = 0; r < LOG_RUNS; r++) runs.push((await api('POST', '/api/v1/runs', { experimentName, name: `log-batch-${pad(r)}` })).run.id);
  const versionModels = [];
  const aliasModels = [];
  for (let m = 0; m < FIXTURE_MODELS; m++) {
    versionModels.push((await api('POST', '/api/v1/models', modelBody(`bench-versions-${pad(m)}`))).model.name);
    const aliased = (await api('POST', '/api/v1/models', modelBody(`bench-aliases-${pad(m)}`))).model.name;
    for (let v = 0; v < 3; v++) await api('POST', `/api/v1/models/${aliased}/versions`, { description: `v${v + 1}`, runUuid: runs[0] });
    aliasModels.push(aliased);
  }

  const historyRun = (await api('POST', '/api/v1/runs', { experimentName, name: 'history-100k' })).run.id;
  const body = { metrics: metricPoints(HISTORY_POINTS, 0, ['loss']) };
  const started = performance.now();
  await api('POST', `/api/v1/runs/${historyRun}/log-batch`, body);
  const ms = performance.now() - started;
  const history = await api('GET', `/api/v1/runs/${historyRun}/metrics/loss`);
  if (history.totalPoints !== HISTORY_POINTS || history.points.length !== HISTORY_POINTS) {
    throw new Error(`The history run holds ${history.totalPoints} points (${history.points.length} returned), not ${HISTORY_POINTS}.`);
  }
  const preload = { points: HISTORY_POINTS, requestBytes: JSON.stringify(body).length, ms: Math.round(ms), pointsPerSecond: Math.round(HISTORY_POINTS / (ms / 1000)) };
  return { runs, versionModels, aliasModels, historyRun, preload };
}
