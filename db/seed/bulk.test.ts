import { describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { listCatalogue } from '@/lib/registry/catalogue';
import { catalogueQuerySchema } from '@/lib/registry/catalogue-query';
import { getVersionDetail } from '@/lib/registry/version-detail';
import { getVersionMetricSeries } from '@/lib/registry/metric-series';
import { authenticate } from '@/lib/users/use-cases';
import { generateBulkWorkspace } from './bulk';
import { DEMO_PASSWORD } from './demo-users';

withTempWorkspace();

const OPTIONS = { models: 11, versionsPerModel: 3, pointsPerVersion: 10, seed: 7 };

function snapshot() {
  const sqlite = getDb().$client;
  return {
    models: sqlite.prepare('SELECT name, description, team, task_type, risk_tier, last_version_number FROM registered_models ORDER BY id').all(),
    params: sqlite.prepare('SELECT * FROM run_params ORDER BY run_id, key').all(),
    history: sqlite.prepare('SELECT run_id, key, step, value FROM metric_history ORDER BY run_id, key, step').all(),
  };
}

describe('generateBulkWorkspace', () => {
  it('writes exactly the requested sizes, with consistent foreign keys', () => {
    const summary = generateBulkWorkspace(getDb().$client, OPTIONS);
    const counts = tableCounts();
    expect(summary).toMatchObject({ models: 11, versions: 33, metricPoints: 330 });
    expect(counts).toMatchObject({ registered_models: 11, model_versions: 33, runs: 33, metric_history: 330 });
    expect(counts.run_metrics).toBe(33 * 3);
    expect(getDb().$client.pragma('foreign_key_check')).toEqual([]);
    const lastVersions = getDb().$client.prepare('SELECT count(*) AS n FROM registered_models m WHERE last_version_number != (SELECT max(version) FROM model_versions v WHERE v.model_id = m.id)').get();
    expect(lastVersions).toEqual({ n: 0 });
  });

  it('is reproducible from its seed', () => {
    generateBulkWorkspace(getDb().$client, OPTIONS);
    const first = snapshot();
    closeDb();
    process.env.DATA_DIR = `${process.env.DATA_DIR}/again`;
    generateBulkWorkspace(getDb().$client, OPTIONS);
    expect(snapshot()).toEqual(first);
  });

  it('refuses a database that already holds a workspace', () => {
    generateBulkWorkspace(getDb().$client, OPTIONS);
    expect(() => generateBulkWorkspace(getDb().$client, OPTIONS)).toThrow(/empty database/);
  });

  it('produces a workspace the app can sign in to and read', async () => {
    generateBulkWorkspace(getDb().$client, OPTIONS);
    const actor = await authenticate({ email: 'ada@modelboard.dev', password: DEMO_PASSWORD });
    if (!actor) throw new Error('The demo password does not sign in.');
    expect(actor.role).toBe('data_scientist');
    const page = listCatalogue(actor, catalogueQuerySchema.parse({}));
    expect(page.total).toBe(11);
    const row = page.rows[0];
    expect(row?.name).toMatch(/^[a-z-]+-\d{5}$/);
    if (!row?.latestVersion) throw new Error('The first catalogue row has no version.');
    const detail = getVersionDetail(actor, row.name, row.latestVersion);
    expect(detail.run?.params.map((p) => p.key)).toEqual(['batch_size', 'learning_rate', 'max_depth', 'seed']);
    const series = getVersionMetricSeries(actor, row.name, row.latestVersion);
    expect(series.map((s) => s.totalPoints)).toEqual([5, 5]);
  });
});
