import { metricPoints } from './api-fixtures.mjs';
import { hasModelRow } from './scenarios.mjs';

/**
 * The load mix: what a busy registry serves at once. Each kind has a weight out of 20 and makes its
 * n-th request (`{ method, path, headers, body }`, cycling over its variants) with a label naming the
 * variant and the check its answer must pass. Pages carry the session cookie of a signed-in user, the rest a Bearer token.
 */
export const POINTS_PER_LOG = 100;
const seg = encodeURIComponent;
const pick = (items, n) => items[n % items.length];
const isPage = (body) => body.trimEnd().endsWith('</html>');

function pageRequests({ models }) {
  return [
    () => ({ label: 'overview', path: '/', check: isPage }),
    () => ({ label: 'catalogue', path: '/models', check: (body) => isPage(body) && hasModelRow(body) }),
    (n) => {
      const { name } = pick(models, n);
      return { label: 'model page', path: `/models/${seg(name)}`, check: (body) => isPage(body) && body.includes(name) };
    },
    (n) => {
      const { name, last } = pick(models, n);
      return { label: 'version page', path: `/models/${seg(name)}/versions/${last}`, check: (body) => isPage(body) && body.includes(name) };
    },
  ];
}

function apiReadRequests({ models, prefixes }) {
  return [
    (n) => ({ label: 'search', path: `/api/v1/models?q=${seg(pick(prefixes, n))}&sort=name&limit=50`, check: (body) => body.includes('"models":[') }),
    (n) => {
      const { name, last } = pick(models, n);
      return { label: 'version get', path: `/api/v1/models/${seg(name)}/versions/${last}`, check: (body) => body.includes('"version":{') };
    },
    (n) => {
      const { name, first, last } = pick(models, n);
      return { label: 'compare', path: `/api/v1/compare?v=${seg(`${name}@${first}`)}&v=${seg(`${name}@${last}`)}`, check: (body) => body.includes('"comparison":{') };
    },
  ];
}

/** The kinds, their weights (40 % pages, 40 % API reads, 15 % metric logging, 5 % monitoring batches) and request makers. */
export function buildMix(fixtures) {
  const bearer = { authorization: `Bearer ${fixtures.token}` };
  const get = (headers, variants) => (n) => {
    // Every variant in turn, then the next item of each: n / variants walks the models.
    const { label, path, check } = variants[n % variants.length](Math.floor(n / variants.length));
    return { label, request: { method: 'GET', path, headers, body: undefined }, check };
  };
  const { runs, monitored } = fixtures;
  const stepsPerLog = POINTS_PER_LOG / 2;
  return [
    { kind: 'page', weight: 8, make: get({ cookie: fixtures.cookie }, pageRequests(fixtures)) },
    { kind: 'api-read', weight: 8, make: get(bearer, apiReadRequests(fixtures)) },
    {
      kind: 'log-batch',
      weight: 3,
      // Each request continues its run's steps, as a training loop logging every few steps would.
      make: (n) => ({
        label: 'log-batch',
        request: {
          method: 'POST',
          path: `/api/v1/runs/${pick(runs, n)}/log-batch`,
          headers: { ...bearer, 'content-type': 'application/json' },
          body: JSON.stringify({ metrics: metricPoints(POINTS_PER_LOG, Math.floor(n / runs.length) * stepsPerLog, ['loss', 'accuracy']) }),
        },
        check: null,
      }),
    },
    {
      kind: 'monitoring-batch',
      weight: 1,
      make: () => ({
        label: 'monitoring-batch',
        request: {
          method: 'POST',
          path: `/api/v1/models/${monitored.model}/versions/${monitored.version}/batches?format=csv`,
          headers: { ...bearer, 'content-type': 'text/csv' },
          body: fixtures.batchCsv,
        },
        check: (body) => body.includes('"report":{'),
      }),
    },
  ];
}

/**
 * The order in which kinds take turns: one cycle of sum(weights) slots, spread by smooth weighted
 * round-robin (nginx's), so a heavy kind never comes in a long run and every connection sees the mix.
 */
export function schedule(mix) {
  const total = mix.reduce((sum, k) => sum + k.weight, 0);
  const credit = mix.map(() => 0);
  return Array.from({ length: total }, () => {
    mix.forEach((k, j) => (credit[j] += k.weight));
    const best = credit.indexOf(Math.max(...credit));
    credit[best] -= total;
    return mix[best];
  });
}
