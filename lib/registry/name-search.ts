import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelTags, registeredModels } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import type { SearchQuery } from '@/lib/search/conditions';
import { searchFields } from '@/lib/search/search-fields';

const fields = searchFields(
  'registered models',
  { name: registeredModels.name, last_updated_timestamp: registeredModels.updatedAt, creation_timestamp: registeredModels.createdAt },
  { tag: { from: sql`${modelTags}`, owner: sql`${modelTags.modelId} = ${registeredModels.id}`, key: modelTags.key, value: modelTags.value } },
);

/** Names of one page of the registered models matching every condition, in the requested order, then by name (MLflow's tie-breaker). */
export function searchModelNames(actor: Actor, query: SearchQuery): string[] {
  authorize(actor, 'read', 'model');
  const sort = query.sort.some((s) => s.key === 'name') ? query.sort : [...query.sort, { entity: 'attribute' as const, key: 'name', ascending: true }];
  return getDb()
    .select({ name: registeredModels.name })
    .from(registeredModels)
    .where(fields.where(query.conditions))
    .orderBy(...sort.map(fields.sortTerm))
    .limit(query.limit)
    .offset(query.offset)
    .all()
    .map((r) => r.name);
}
