import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getDb } from '@/db/client';
import { dataDir } from '@/db/paths';

/**
 * Columns a refused call may legitimately change. Resolving the Bearer token that sends the call
 * stamps its last use (at most once a minute) before anything is validated.
 */
const VOLATILE: Record<string, readonly string[]> = { api_tokens: ['last_used_at'] };

/** The database's own files: their bytes change with every page write, their content is hashed by table instead. */
const DATABASE_FILES = /^modelboard\.db(-wal|-shm|-journal)?$/;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function cell(value: unknown): unknown {
  return Buffer.isBuffer(value) ? `0x${value.toString('hex')}` : typeof value === 'bigint' ? `${value}n` : value;
}

function tableDigest(name: string): string {
  const sqlite = getDb().$client;
  const skip = new Set(VOLATILE[name] ?? []);
  const rows = (sqlite.prepare(`SELECT * FROM "${name}"`).raw(false).all() as Record<string, unknown>[]).map((row) =>
    JSON.stringify(Object.entries(row).filter(([column]) => !skip.has(column)).map(([column, value]) => [column, cell(value)])),
  );
  // Row order is not content: a refused call that made SQLite reorder pages has still changed nothing.
  return sha256(rows.sort().join('\n'));
}

/** Every file under the data directory (artifacts, uploads in progress, secrets), by path and content. */
function filesDigest(): string {
  const root = dataDir();
  const listed = fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !DATABASE_FILES.test(entry.name))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return `${path.relative(root, file)} ${createHash('sha256').update(fs.readFileSync(file)).digest('hex')}`;
    });
  return sha256(listed.sort().join('\n'));
}

/**
 * A hash of every table's rows and of the data directory's files, keyed by table so a failure says
 * where a refused call wrote. Two equal digests mean nothing a client could observe has changed.
 */
export function contentDigest(): Record<string, string> {
  // sqlite_sequence is in: an insert undone by a later delete still moves its counter. Statistics are not content.
  const tables = getDb().$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT GLOB 'sqlite_stat*' ORDER BY name").all() as { name: string }[];
  return { ...Object.fromEntries(tables.map(({ name }) => [name, tableDigest(name)])), '(files)': filesDigest() };
}
