import Database from 'better-sqlite3';
import path from 'node:path';
import { apiClient, readWorkspace } from './api-fixtures.mjs';
import { signIn } from './http.mjs';
import { csvChunks, writeCsv } from './monitoring-csv.mjs';
import { sendFile } from './monitoring-load.mjs';
import { BENCH_PASSWORD, BENCH_USER } from './workspace.mjs';

/**
 * What the load mix works on: generated models with two versions or more (pages, version gets,
 * compares) and name prefixes (searches), read from the database before the server starts; runs to
 * log into and a monitored version with its reference, created through the API as a client would.
 */
export const MONITORED_MODEL = 'bench-load-monitoring';
export const REFERENCE_ROWS = 5000;
export const BATCH_ROWS = 500;
const LOG_RUNS = 16;

/** Up to `count` models with at least two versions, spread over the table by a large prime step. */
export function readComparableModels(dbFile, count = 500) {
  const db = new Database(dbFile, { readonly: true });
  const rows = db
    .prepare(
      `SELECT m.name, min(v.version) AS first, max(v.version) AS last FROM model_versions v JOIN registered_models m ON m.id = v.model_id
       GROUP BY m.id HAVING count(*) >= 2 ORDER BY (m.id * 7919) % 100003 LIMIT ?`,
    )
    .all(count);
  db.close();
  if (rows.length === 0) throw new Error('The generated workspace has no model with two versions to compare.');
  return rows;
}

/** Signs the bench user in, creates the runs and the monitored version (with its reference), and returns everything the mix needs. */
export async function prepareLoad(workspace, server, token) {
  const { prefixes } = readWorkspace(workspace.dbFile);
  const models = readComparableModels(workspace.dbFile);
  const cookie = await signIn(server.base, BENCH_USER, BENCH_PASSWORD);
  const api = apiClient(server.base, token);

  const runs = [];
  for (let r = 0; r < LOG_RUNS; r++) runs.push((await api('POST', '/api/v1/runs', { experimentName: 'load-benchmark', name: `load-${r}` })).run.id);

  await api('POST', '/api/v1/models', { name: MONITORED_MODEL, taskType: 'classification', description: 'Created by the load benchmark.' });
  await api('POST', `/api/v1/models/${MONITORED_MODEL}/versions`, {});
  const reference = writeCsv(path.join(workspace.dataDir, 'load-reference.csv'), { rows: REFERENCE_ROWS, seed: 1 });
  const res = await sendFile(server.base, `/api/v1/models/${MONITORED_MODEL}/versions/1/reference?format=csv`, { method: 'PUT', token, file: reference.file });
  if (res.status !== 201) throw new Error(`Reference upload: HTTP ${res.status} ${res.body.slice(0, 500)}`);

  // Held in memory: autocannon sends the same bytes on every monitoring request.
  const batchCsv = Buffer.concat([...csvChunks({ rows: BATCH_ROWS, seed: 2, production: true })]);
  return { token, cookie, prefixes, models, runs, monitored: { model: MONITORED_MODEL, version: 1 }, batchCsv };
}
