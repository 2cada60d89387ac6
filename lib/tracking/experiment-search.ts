import 'server-only';
import { and, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { experiments, type ExperimentRow } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import type { SearchQuery, SortKey } from '@/lib/search/conditions';
import { searchFields } from '@/lib/search/search-fields';

// Experiment tags live in a JSON column; json_each turns them into key/value rows.
const fields = searchFields(
  'experiments',
  { name: experiments.name, experiment_id: experiments.id, creation_time: experiments.createdAt, last_update_time: experiments.updatedAt },
  { tag: { from: sql`json_each(${experiments.tags}) AS experiment_tag`, key: sql`experiment_tag.key`, value: sql`experiment_tag.value` } },
);

const by = (key: string, ascending: boolean): SortKey => ({ entity: 'attribute', key, ascending });

/** MLflow's default is the newest experiment first; experiment id breaks ties. */
function ordering(sort: SortKey[]): SortKey[] {
  const requested = sort.length > 0 ? [...sort] : [by('creation_time', false), by('experiment_id', true)];
  if (!requested.some((s) => s.key === 'experiment_id')) requested.push(by('experiment_id', false));
  return requested;
}

/** One page of the experiments in these lifecycle stages that match every condition. */
export function searchExperiments(actor: Actor, stages: ExperimentRow['lifecycleStage'][], query: SearchQuery): ExperimentRow[] {
  authorize(actor, 'read', 'experiment');
  return getDb()
    .select()
    .from(experiments)
    .where(and(inArray(experiments.lifecycleStage, stages), fields.where(query.conditions)))
    .orderBy(...ordering(query.sort).map(fields.sortTerm))
    .limit(query.limit)
    .offset(query.offset)
    .all();
}
