import 'server-only';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelAliases, modelVersions, runMetrics, runs, users, type Stage } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { findModel } from './model-store';

export interface VersionListRow {
  version: number;
  createdAt: number;
  createdBy: string;
  runName: string | null;
  runUuid: string | null;
  status: string;
  stage: Stage;
  aliases: string[];
  metrics: Record<string, number>;
}

export interface VersionList {
  keyMetrics: string[];
  rows: VersionListRow[];
}

/** The metrics most versions of a model report, so the table shows comparable columns. */
function pickKeyMetrics(metricRows: { key: string }[], limit = 3): string[] {
  const counts = new Map<string, number>();
  for (const { key } of metricRows) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([key]) => key);
}

export function listVersions(actor: Actor, modelName: string): VersionList {
  authorize(actor, 'read', 'version');
  const db = getDb();
  const model = findModel(modelName);
  const rows = db
    .select({
      id: modelVersions.id,
      version: modelVersions.version,
      createdAt: modelVersions.createdAt,
      createdBy: users.name,
      runId: modelVersions.runId,
      runName: runs.name,
      runUuid: runs.uuid,
      status: modelVersions.status,
      stage: modelVersions.stage,
    })
    .from(modelVersions)
    .innerJoin(users, eq(users.id, modelVersions.createdById))
    .leftJoin(runs, eq(runs.id, modelVersions.runId))
    .where(eq(modelVersions.modelId, model.id))
    .orderBy(desc(modelVersions.version))
    .all();
  const aliases = db.select().from(modelAliases).where(eq(modelAliases.modelId, model.id)).orderBy(asc(modelAliases.alias)).all();
  const runIds = rows.map((r) => r.runId).filter((id): id is number => id !== null);
  const metricRows = runIds.length ? db.select().from(runMetrics).where(inArray(runMetrics.runId, runIds)).all() : [];
  const keyMetrics = pickKeyMetrics(metricRows);
  return {
    keyMetrics,
    rows: rows.map(({ id, runId, ...r }) => ({
      ...r,
      aliases: aliases.filter((a) => a.versionId === id).map((a) => a.alias),
      metrics: Object.fromEntries(metricRows.filter((m) => m.runId === runId && keyMetrics.includes(m.key)).map((m) => [m.key, m.value])),
    })),
  };
}
