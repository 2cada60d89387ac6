import { HISTORY_POINTS, metricPoints } from './api-fixtures.mjs';

/**
 * The scenarios of the API issue. `request(i)` makes the i-th request; `mlflow` names the reference
 * figure it is compared with (api-report.mjs). Model names and prefixes come from the generated
 * workspace; models, versions and runs that need the bench user as owner come from createFixtures.
 */
const POINTS_PER_BATCH = 1000;
const json = (method, path, body) => ({ method, path, body: JSON.stringify(body) });
const get = (path) => ({ method: 'GET', path, body: undefined });
const seg = encodeURIComponent;
const pick = (items, i) => items[i % items.length];

export function buildApiScenarios({ names, prefixes }, fixtures) {
  const historyPath = `/api/v1/runs/${fixtures.historyRun}/metrics/loss`;
  const fullHistory = (body) => body.length > HISTORY_POINTS * 30 && body.includes(`"totalPoints":${HISTORY_POINTS}`);
  return [
    {
      // What Next.js and apiRoute cost before any use case runs: the ceiling for every other scenario.
      key: 'floor',
      name: 'floor: 401 for a malformed token',
      mlflow: null,
      status: 401,
      request: () => ({ ...get('/api/v1/models/floor'), headers: { authorization: 'Bearer malformed' } }),
    },
    {
      key: 'create-model',
      name: 'create model',
      mlflow: 'createModel',
      request: (i) => json('POST', '/api/v1/models', {
        name: `bench-created-${String(i).padStart(7, '0')}`,
        taskType: 'classification',
        description: 'Registered by the API benchmark.',
        framework: 'xgboost',
        tags: { domain: 'payments' },
      }),
      check: (body) => body.includes('"model":{'),
    },
    {
      key: 'create-version',
      name: 'create version',
      mlflow: 'createVersion',
      request: (i) => {
        const run = pick(fixtures.runs, i);
        return json('POST', `/api/v1/models/${seg(pick(fixtures.versionModels, i))}/versions`, {
          description: 'Registered by the API benchmark.',
          runUuid: run,
          sourceUri: `runs:/${run}/model`,
          tags: { trigger: 'ci' },
        });
      },
      check: (body) => body.includes('"version":{'),
    },
    {
      key: 'get-model',
      name: 'get model',
      mlflow: 'getModel',
      request: (i) => get(`/api/v1/models/${seg(pick(names, i))}`),
      check: (body) => body.includes('"model":{'),
    },
    {
      key: 'search-prefix',
      name: 'search by name prefix',
      mlflow: 'search',
      request: (i) => get(`/api/v1/models?prefix=${seg(pick(prefixes, i))}&sort=name&limit=100`),
      check: (body) => body.includes('"models":[{'),
    },
    {
      // `q` matches anywhere in name, description and tags: what the catalogue's search box sends. No MLflow counterpart.
      key: 'search-substring',
      name: 'search by substring (q)',
      mlflow: null,
      request: (i) => get(`/api/v1/models?q=${seg(pick(prefixes, i))}&sort=name&limit=100`),
      check: (body) => body.includes('"models":[{'),
    },
    {
      // The same prefix search through MLflow's own endpoint and filter syntax, as an MLflow client sends it.
      key: 'search-prefix-mlflow',
      name: 'search by name prefix (MLflow API)',
      mlflow: 'search',
      request: (i) => get(`/api/2.0/mlflow/registered-models/search?filter=${seg(`name LIKE '${pick(prefixes, i)}%'`)}&max_results=100`),
      check: (body) => body.includes('"registered_models":[{'),
    },
    {
      key: 'set-alias',
      name: 'set alias',
      mlflow: null,
      request: (i) => json('PUT', `/api/v1/models/${seg(pick(fixtures.aliasModels, i))}/aliases/${i % 2 ? 'champion' : 'challenger'}`, { version: 1 + (i % 3) }),
      check: (body) => body.includes('"alias":'),
    },
    {
      key: 'log-batch',
      name: 'log-batch, 1,000 points',
      mlflow: 'logBatch',
      pointsPerRequest: POINTS_PER_BATCH,
      // Each request continues its run's steps, so the histories grow as a training loop's would.
      request: (i) => {
        const runs = fixtures.runs.length;
        return json('POST', `/api/v1/runs/${pick(fixtures.runs, i)}/log-batch`, { metrics: metricPoints(POINTS_PER_BATCH, Math.floor(i / runs) * (POINTS_PER_BATCH / 2), ['loss', 'accuracy']) });
      },
    },
    {
      key: 'history',
      name: 'metric history, 100k points',
      mlflow: 'history',
      request: () => get(historyPath),
      check: fullHistory,
    },
    {
      // One request in flight: the latency a single client sees, which the 200 ms target is about.
      key: 'history-sequential',
      name: 'metric history, 100k points, 1 connection',
      mlflow: 'history',
      connections: 1,
      request: () => get(historyPath),
      check: fullHistory,
    },
  ];
}
