import bcrypt from 'bcryptjs';
import type Database from 'better-sqlite3';
import { RISK_TIERS } from '../schema';
import { FAMILIES, TEAMS, DOMAINS, FRAMEWORKS, SUBJECTS, QUALIFIERS, COLUMNS, FORMATS } from './bulk-vocabulary';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { mulberry32 } from './train/seeded-random';

export interface BulkOptions {
  models: number;
  versionsPerModel: number;
  pointsPerVersion: number;
  seed?: number;
}

export interface BulkSummary {
  users: number;
  models: number;
  versions: number;
  metricPoints: number;
}

const DAY = 86_400_000;
const MODELS_PER_TRANSACTION = 250;
/** Columns of each table in insertion order; ids are assigned here so children need no read-back. */
const TABLES = {
  users: ['id', 'email', 'name', 'password_hash', 'role', 'team'],
  datasets: ['id', 'name', 'version', 'content_hash', 'row_count', 'location'],
  experiments: ['id', 'name', 'artifact_location', 'created_at', 'updated_at'],
  registered_models: ['id', 'name', 'description', 'owner_id', 'team', 'task_type', 'framework', 'risk_tier', 'last_version_number', 'created_at', 'updated_at'],
  model_tags: ['model_id', 'key', 'value'],
  runs: ['id', 'uuid', 'experiment_id', 'name', 'status', 'user_id', 'start_time', 'end_time', 'artifact_uri'],
  run_params: ['run_id', 'key', 'value'],
  run_metrics: ['run_id', 'key', 'value', 'step', 'timestamp', 'points'],
  metric_history: ['run_id', 'key', 'step', 'timestamp', 'value'],
  model_versions: ['id', 'model_id', 'version', 'description', 'stage', 'run_id', 'source_uri', 'artifact_sha256', 'artifact_size', 'artifact_format',
    'input_signature', 'output_signature', 'code_repository', 'code_commit', 'created_by_id', 'created_at', 'updated_at'],
  model_version_tags: ['version_id', 'key', 'value'],
  version_datasets: ['version_id', 'dataset_id', 'role'],
  model_aliases: ['model_id', 'alias', 'version_id', 'updated_at'],
  model_cards: ['version_id', 'overview', 'intended_use', 'updated_by_id', 'updated_at'],
} as const;
type Table = keyof typeof TABLES;

/** Buffers rows per table and writes them with multi-row INSERTs: one statement call per 100 rows, not per row. */
function writer(sqlite: Database.Database) {
  const buffers = new Map<Table, unknown[]>(Object.keys(TABLES).map((t) => [t as Table, []]));
  const statements = new Map<string, Database.Statement>();
  const flush = (table: Table) => {
    const values = buffers.get(table) as unknown[];
    const rows = values.length / TABLES[table].length;
    if (rows === 0) return;
    let statement = statements.get(`${table}:${rows}`);
    if (!statement) {
      const tuple = `(${TABLES[table].map(() => '?').join(',')})`;
      statement = sqlite.prepare(`INSERT INTO ${table} (${TABLES[table].join(',')}) VALUES ${Array(rows).fill(tuple).join(',')}`);
      statements.set(`${table}:${rows}`, statement);
    }
    statement.run(values);
    values.length = 0;
  };
  return {
    add(table: Table, ...row: unknown[]) {
      const values = buffers.get(table) as unknown[];
      values.push(...row);
      if (values.length === 100 * row.length) flush(table);
    },
    /** Empties every buffer, so each commit holds whole models. */
    flushAll: () => (Object.keys(TABLES) as Table[]).forEach(flush),
  };
}

/**
 * Fills an empty, migrated database with a large synthetic registry for benchmarks, bypassing the use
 * cases (no audit log, no artifact files). Deterministic for a given seed apart from the dates, which
 * are relative to now so the catalogue reads like a live workspace.
 */
export function generateBulkWorkspace(sqlite: Database.Database, opts: BulkOptions): BulkSummary {
  if ((sqlite.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n > 0) throw new Error('generateBulkWorkspace needs an empty database.');
  const random = mulberry32(opts.seed ?? 42);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
  const w = writer(sqlite);
  const now = Date.now();
  // Bcrypt is slow by design; every account shares one hash of the demo password.
  const hash = bcrypt.hashSync(DEMO_PASSWORD, 11);
  const extra = TEAMS.map((team, i) => ({ email: `scientist${i + 1}@modelboard.dev`, name: `Scientist ${i + 1}`, role: 'data_scientist', team }));
  const people = [...DEMO_USERS, ...extra];
  const owners = people.map((u, i) => ({ id: i + 1, ...u })).filter((u) => u.role === 'data_scientist');
  const datasetIds = DOMAINS.flatMap((domain) => ['2023.1', '2023.2', '2024.1', '2024.2', '2025.1'].map((v) => `${domain}-${v}`));
  // Full speed for a throwaway file: no fsync and a rollback journal instead of the WAL, restored at the end.
  sqlite.pragma('foreign_keys = OFF');
  sqlite.pragma('journal_mode = MEMORY');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -262144');

  sqlite.transaction(() => {
    people.forEach((u, i) => w.add('users', i + 1, u.email, u.name, hash, u.role, u.team));
    datasetIds.forEach((name, i) => w.add('datasets', i + 1, name.replace(/-[^-]+$/, '-events'), name.split('-').pop(), hex(64), int(1e4, 5e7), `s3://lake/${name}/part-0000.parquet`));
    w.flushAll();
  })();

  const counts = Array.from({ length: opts.models }, () => opts.versionsPerModel);
  // Pairs trade versions so counts vary while the total stays exactly models × versionsPerModel.
  for (let i = 0; i + 1 < counts.length; i += 2) {
    const d = int(-(opts.versionsPerModel - 1), opts.versionsPerModel - 1);
    counts[i] = opts.versionsPerModel + d;
    counts[i + 1] = opts.versionsPerModel - d;
  }
  let versionId = 0;
  const addModel = (m: number) => {
    const [family, task, lossKey, scoreKey] = pick(FAMILIES);
    const owner = pick(owners);
    const team = random() < 0.8 ? owner.team : pick(TEAMS);
    const name = `${family}-${String(m).padStart(5, '0')}`;
    const domain = pick(DOMAINS);
    const framework = pick(FRAMEWORKS);
    const created = now - int(30, 730) * DAY;
    const n = counts[m - 1] as number;
    const best = int(1, n);
    const description = `${family.replace('-', ' ')} for ${domain}: scores ${pick(SUBJECTS)} with ${pick(QUALIFIERS)} (${framework}). Owned by ${team}.`;
    w.add('experiments', m, name, `mlflow-artifacts:/${m}`, created, created);
    w.add('model_tags', m, 'domain', domain);
    w.add('model_tags', m, 'data-classification', pick(['public', 'internal', 'confidential']));
    if (random() < 0.5) w.add('model_tags', m, 'region', pick(['eu', 'us', 'apac']));
    if (random() < 0.2) w.add('model_tags', m, 'gdpr', '');
    let at = created;
    for (let v = 1; v <= n; v++) {
      versionId += 1;
      const id = versionId;
      // Spread the versions over the time left until now, so none lands in the future.
      const start = at + int(1, Math.max(1, Math.floor((now - at) / DAY / (n - v + 2)))) * DAY - int(1, 6) * 3_600_000;
      const end = start + int(5, 180) * 60_000;
      const uuid = hex(32);
      w.add('runs', id, uuid, m, `${name}-v${v}`, 'FINISHED', owner.id, start, end, `mlflow-artifacts:/${m}/${uuid}/artifacts`);
      for (const [key, value] of [['learning_rate', pick(['0.1', '0.05', '0.01', '0.001'])], ['max_depth', String(int(3, 12))], ['batch_size', pick(['64', '128', '256'])], ['seed', String(int(1, 9999))]]) {
        w.add('run_params', id, key, value);
      }
      const quality = 0.6 + 0.3 * (v / n) + 0.05 * random();
      const steps = [Math.ceil(opts.pointsPerVersion / 2), Math.floor(opts.pointsPerVersion / 2)];
      [lossKey, scoreKey].forEach((key, k) => {
        let value = 0;
        for (let s = 0; s < (steps[k] as number); s++) {
          const decay = Math.exp((-4 * s) / Math.max(1, steps[k] as number));
          value = k === 0 ? 0.2 + (1 - quality) * 2 * decay + 0.02 * random() : quality * (1 - 0.5 * decay) + 0.01 * random();
          w.add('metric_history', id, key, s, start + s * 1000, value);
        }
        w.add('run_metrics', id, key, value, Math.max(0, (steps[k] as number) - 1), end, steps[k] as number);
      });
      w.add('run_metrics', id, 'training_seconds', (end - start) / 1000, 0, end, 0);
      const stage = v === best && random() < 0.35 ? 'production' : v === n && v !== best ? 'staging' : v < best ? 'archived' : 'development';
      const signature = JSON.stringify(COLUMNS.slice(0, int(3, COLUMNS.length)).map((c) => ({ name: c, type: c.endsWith('_category') || c === 'country' ? 'string' : 'double' })));
      w.add('model_versions', id, m, v, `Retrained on ${domain} data up to ${new Date(start).toISOString().slice(0, 10)}; ${scoreKey} ${(quality * 100).toFixed(1)}.`, stage, id,
        `runs:/${uuid}/model`, hex(64), int(1e4, 5e8), pick(FORMATS), signature, JSON.stringify([{ name: 'score', type: 'double' }]),
        `https://git.example.com/${team}/${family}`, hex(40), owner.id, end + 60_000, end + 60_000);
      w.add('model_version_tags', id, 'trigger', pick(['scheduled', 'manual', 'drift-alert']));
      if (random() < 0.6) w.add('version_datasets', id, int(1, datasetIds.length), 'training');
      if (random() < 0.4) w.add('version_datasets', id, int(1, datasetIds.length), 'evaluation');
      if (v === best && random() < 0.7) w.add('model_aliases', m, 'champion', id, end + 60_000);
      if (v === n && v !== best && random() < 0.5) w.add('model_aliases', m, 'challenger', id, end + 60_000);
      if (v === best && random() < 0.2) w.add('model_cards', id, `Scores ${pick(SUBJECTS)} for ${domain}.`, 'Batch scoring, reviewed weekly.', owner.id, end + 60_000);
      at = end;
    }
    w.add('registered_models', m, name, description, owner.id, team, task, framework, pick(RISK_TIERS), n, created, at + 60_000);
  };
  for (let first = 1; first <= opts.models; first += MODELS_PER_TRANSACTION) {
    sqlite.transaction(() => {
      for (let m = first; m < Math.min(first + MODELS_PER_TRANSACTION, opts.models + 1); m++) addModel(m);
      w.flushAll();
    })();
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  return { users: people.length, models: opts.models, versions: versionId, metricPoints: versionId * opts.pointsPerVersion };
}
