import path from 'node:path';

/** Where the database, artifacts and generated secrets live (`DATA_DIR`, default `./data`). */
export function dataDir(): string {
  // The data directory is chosen at run time; without the hint Turbopack would trace the whole project.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || 'data');
}

/** The SQLite database inside the data directory. */
export const dbFile = (): string => path.join(dataDir(), 'modelboard.db');
