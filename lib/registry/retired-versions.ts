import 'server-only';
import { desc, eq, isNotNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { artifacts, modelVersions, registeredModels } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';

export interface RetiredVersionRow {
  model: string;
  version: number;
  retiredAt: number;
  reason: string;
  files: number;
  bytes: number;
  artifactsPurgedAt: number | null;
}

/** What the retention rule could delete: every retired version with its stored files, newest retirement first. */
export function listRetiredVersions(actor: Actor): RetiredVersionRow[] {
  authorize(actor, 'retention:purge', 'retention');
  return getDb()
    .select({
      model: registeredModels.name,
      version: modelVersions.version,
      retiredAt: sql<number>`${modelVersions.retiredAt}`,
      reason: sql<string>`coalesce(${modelVersions.retiredReason}, '')`,
      files: sql<number>`count(${artifacts.id})`,
      bytes: sql<number>`coalesce(sum(${artifacts.size}), 0)`,
      artifactsPurgedAt: modelVersions.artifactsPurgedAt,
    })
    .from(modelVersions)
    .innerJoin(registeredModels, eq(registeredModels.id, modelVersions.modelId))
    .leftJoin(artifacts, eq(artifacts.versionId, modelVersions.id))
    .where(isNotNull(modelVersions.retiredAt))
    .groupBy(modelVersions.id)
    .orderBy(desc(modelVersions.retiredAt))
    .limit(500)
    .all();
}
