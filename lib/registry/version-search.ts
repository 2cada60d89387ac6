import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelVersions, registeredModels, runs, versionTags } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import type { SearchQuery, SortKey } from '@/lib/search/conditions';
import { searchFields } from '@/lib/search/search-fields';

const fields = searchFields(
  'model versions',
  {
    name: registeredModels.name,
    run_id: runs.uuid,
    source_path: modelVersions.sourceUri,
    version_number: modelVersions.version,
    creation_timestamp: modelVersions.createdAt,
    last_updated_timestamp: modelVersions.updatedAt,
  },
  { tag: { from: sql`${versionTags}`, owner: sql`${versionTags.versionId} = ${modelVersions.id}`, key: versionTags.key, value: versionTags.value } },
);

const by = (key: string, ascending: boolean): SortKey => ({ entity: 'attribute', key, ascending });

/** MLflow's default is the latest change first; name ascending, then version descending break ties. */
function ordering(sort: SortKey[]): SortKey[] {
  const requested = sort.length > 0 ? [...sort] : [by('last_updated_timestamp', false)];
  if (!requested.some((s) => s.key === 'name')) requested.push(by('name', true));
  if (!requested.some((s) => s.key === 'version_number')) requested.push(by('version_number', false));
  return requested;
}

/** Model name and version number of one page of the versions matching every condition. */
export function searchVersionRefs(actor: Actor, query: SearchQuery): { id: number; name: string; version: number }[] {
  authorize(actor, 'read', 'version');
  return getDb()
    .select({ id: modelVersions.id, name: registeredModels.name, version: modelVersions.version })
    .from(modelVersions)
    .innerJoin(registeredModels, eq(registeredModels.id, modelVersions.modelId))
    .leftJoin(runs, eq(runs.id, modelVersions.runId))
    .where(fields.where(query.conditions))
    .orderBy(...ordering(query.sort).map(fields.sortTerm))
    .limit(query.limit)
    .offset(query.offset)
    .all();
}
