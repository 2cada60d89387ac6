import 'server-only';
import Database from 'better-sqlite3';
import { migrationLevel } from '@/lib/migration-level';
import { SHA256 } from './layout';

export interface SnapshotFacts {
  pageCount: number;
  pageSize: number;
  rowCounts: Record<string, number>;
  migrations: { applied: number; latest: string | null };
  /** Files the artifact rows name: each must be in the backup. */
  requiredArtifacts: Set<string>;
  /** Hashes that may name a stored file (a version's primary artifact, a lineage dataset): kept when present. */
  optionalArtifacts: Set<string>;
}

/** What the manifest records: how many migrations are pending depends on the build that restores. */
function backedUpLevel(sqlite: Database.Database): SnapshotFacts['migrations'] {
  const { applied, latest } = migrationLevel(sqlite);
  return { applied, latest };
}

const hashes = (sqlite: Database.Database, query: string): string[] => (sqlite.prepare(query).pluck().all() as string[]).filter((h) => SHA256.test(h));

/** What a database file holds, read without changing it. */
export function readSnapshotFacts(file: string): SnapshotFacts {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    const rowCounts = Object.fromEntries(tables.map((name) => [name, sqlite.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number]));
    return {
      pageCount: sqlite.pragma('page_count', { simple: true }) as number,
      pageSize: sqlite.pragma('page_size', { simple: true }) as number,
      rowCounts,
      migrations: backedUpLevel(sqlite),
      requiredArtifacts: new Set(hashes(sqlite, 'SELECT DISTINCT sha256 FROM artifacts')),
      optionalArtifacts: new Set([
        ...hashes(sqlite, 'SELECT DISTINCT artifact_sha256 FROM model_versions WHERE artifact_sha256 IS NOT NULL'),
        ...hashes(sqlite, "SELECT DISTINCT replace(content_hash, 'sha256:', '') FROM datasets"),
      ]),
    };
  } finally {
    sqlite.close();
  }
}

/** `PRAGMA integrity_check`: an empty list when the file is sound. */
export function integrityProblems(file: string): string[] {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const result = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    return result.map((r) => r.integrity_check).filter((line) => line !== 'ok');
  } catch (error) {
    // A damaged header or page can make SQLite refuse the file outright rather than report on it.
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    sqlite?.close();
  }
}
