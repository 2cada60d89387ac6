import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { datasets, monitoringReferences, referenceColumns, users, versionDatasets } from '@/db/schema';
import type { Writer } from '@/lib/audit/record';
import type { ReferenceBuild } from './engine/reference-profile';
import type { ReferenceSnapshot } from './engine/batch-judge';
import { blobOf, float64Of } from './typed-buffers';
import type { ReferenceSummary } from './types';

/** The datasets of a version's lineage, any of which may hold its reference. */
export function lineageDatasets(versionId: number) {
  return getDb()
    .select({ id: datasets.id, name: datasets.name, version: datasets.version, contentHash: datasets.contentHash })
    .from(versionDatasets)
    .innerJoin(datasets, eq(datasets.id, versionDatasets.datasetId))
    .where(eq(versionDatasets.versionId, versionId))
    .all();
}

/** A version's newest reference row, the one new batches are judged against. */
export function currentReference(versionId: number) {
  return getDb().select().from(monitoringReferences).where(eq(monitoringReferences.versionId, versionId)).orderBy(desc(monitoringReferences.id)).limit(1).get() ?? null;
}

export function referenceById(id: number) {
  return getDb().select().from(monitoringReferences).where(eq(monitoringReferences.id, id)).get() ?? null;
}

export function referenceSummary(row: typeof monitoringReferences.$inferSelect): ReferenceSummary {
  const createdBy = getDb().select({ name: users.name }).from(users).where(eq(users.id, row.createdById)).get()?.name ?? 'Unknown';
  return { id: row.id, rowCount: row.rowCount, columns: row.columns, source: row.source, sha256: row.sha256, createdBy, createdAt: row.createdAt };
}


/** Everything a batch is judged against, read in one go. */
export function referenceSnapshot(row: typeof monitoringReferences.$inferSelect): ReferenceSnapshot {
  const data = getDb().select().from(referenceColumns).where(eq(referenceColumns.referenceId, row.id)).all();
  return {
    rowCount: row.rowCount,
    columns: row.columns,
    data: data.map((d) => ({ name: d.name, sorted: d.sorted ? float64Of(d.sorted) : null, counts: d.counts })),
  };
}

export function insertReference(
  tx: Writer,
  values: { versionId: number; build: ReferenceBuild; source: string; datasetId: number | null; sha256: string; createdById: number },
) {
  const row = tx
    .insert(monitoringReferences)
    .values({
      versionId: values.versionId,
      rowCount: values.build.rowCount,
      columns: values.build.columns,
      source: values.source,
      datasetId: values.datasetId,
      sha256: values.sha256,
      createdById: values.createdById,
      createdAt: Date.now(),
    })
    .returning()
    .get();
  for (const column of values.build.data) {
    tx.insert(referenceColumns)
      .values({ referenceId: row.id, name: column.name, sorted: column.sorted ? blobOf(column.sorted) : null, counts: column.counts })
      .run();
  }
  return row;
}

export function updateReferenceColumns(tx: Writer, id: number, columns: ReferenceSummary['columns']): void {
  tx.update(monitoringReferences).set({ columns }).where(eq(monitoringReferences.id, id)).run();
}
