import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { closeDb, getDb } from '../client';
import { dbFile } from '../paths';
import { generateBulkWorkspace } from './bulk';

/**
 * Fills an empty DATA_DIR with a large synthetic workspace for `npm run bench`. Prints one JSON line
 * (sizes and timings) last on stdout, for the bench to read.
 */
const { values } = parseArgs({
  options: {
    models: { type: 'string', default: '10000' },
    'versions-per-model': { type: 'string', default: '5' },
    'points-per-version': { type: 'string', default: '100' },
    seed: { type: 'string', default: '42' },
  },
});

const started = Date.now();
const sqlite = getDb().$client;
const migrated = Date.now();
const summary = generateBulkWorkspace(sqlite, {
  models: Number(values.models),
  versionsPerModel: Number(values['versions-per-model']),
  pointsPerVersion: Number(values['points-per-version']),
  seed: Number(values.seed),
});
const generated = Date.now();
closeDb();
const file = dbFile();
console.log(
  JSON.stringify({ ...summary, dbBytes: fs.statSync(file).size, migrateMs: migrated - started, generateMs: generated - migrated, totalMs: Date.now() - started }),
);
