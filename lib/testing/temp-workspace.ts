import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import type { Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { insertUser } from '@/lib/users/use-cases';

/** Gives every test a fresh data directory with a real, migrated SQLite file. */
export function withTempWorkspace(): { dir: () => string } {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelboard-test-'));
    process.env.DATA_DIR = dir;
    closeDb();
  });
  afterEach(() => {
    closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { dir: () => dir };
}

let counter = 0;

export async function makeActor(role: Role, team: string | null = null): Promise<Actor> {
  counter += 1;
  const user = await insertUser({ email: `${role}${counter}@example.com`, name: `${role} ${counter}`, password: 'correct horse battery', role, team }, null);
  return { id: user.id, email: user.email, name: user.name, role: user.role, team: user.team };
}

/** Row counts of every table: a refused call must leave all of them unchanged. */
export function tableCounts(): Record<string, number> {
  const sqlite = getDb().$client;
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}
