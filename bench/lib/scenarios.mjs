// Words the generator puts in names, descriptions and tag values, matching from a few hundred to thousands of models.
const SEARCH_WORDS = ['fraud', 'xgboost', 'payments', 'ensemble', 'confidential', 'tickets', 'forecaster', 'growth'];
const FILTERS = [
  ['high', 'classification'],
  ['medium', 'classification'],
  ['high', 'regression'],
  ['low', 'ranking'],
  ['high', 'nlp'],
];
/** A catalogue page lists at least one generated model (`<family>-<5 digits>`). */
export const hasModelRow = (body) => /href="\/models\/[a-z-]+-\d{5}"/.test(body);

/** Spreads requests over many versions, deterministically, by stepping through ids with a large prime. */
function versionRequests(db, count, offset) {
  const { n } = db.prepare('SELECT count(*) AS n FROM model_versions').get();
  const find = db.prepare(`SELECT m.name, v.version, r.uuid FROM model_versions v
    JOIN registered_models m ON m.id = v.model_id JOIN runs r ON r.id = v.run_id WHERE v.id = ?`);
  return Array.from({ length: count }, (_, i) => {
    const { name, version, uuid } = find.get(1 + (((offset + i) * 7919) % n));
    return { path: `/models/${encodeURIComponent(name)}/versions/${version}`, check: (body) => body.includes(name) && body.includes(uuid) };
  });
}

function catalogueRequests(count, offset, pathFor) {
  return Array.from({ length: count }, (_, i) => ({ path: pathFor(offset + i), check: hasModelRow }));
}

/** The pages the issue asks about; each request has its own path and a check of the body it must return. */
export function buildScenarios(db, count, warmup) {
  const scenario = (name, kind, make) => ({ name, kind, warmup: make(warmup, count), requests: make(count, 0) });
  return [
    scenario('catalogue: first page', 'catalogue', (n, o) => catalogueRequests(n, o, () => '/models')),
    scenario('catalogue: search', 'catalogue', (n, o) => catalogueRequests(n, o, (i) => `/models?q=${SEARCH_WORDS[i % SEARCH_WORDS.length]}`)),
    scenario('catalogue: filter', 'catalogue', (n, o) =>
      catalogueRequests(n, o, (i) => {
        const [risk, task] = FILTERS[i % FILTERS.length];
        return `/models?risk=${risk}&task=${task}`;
      }),
    ),
    scenario('version page', 'version', (n, o) => versionRequests(db, n, o)),
  ];
}
