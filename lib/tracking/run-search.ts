import 'server-only';
import { and, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { runMetrics, runParams, runs, runTags, users, type RunRow } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import type { SearchQuery, SortKey } from '@/lib/search/conditions';
import { searchFields, type KeyValueSource } from '@/lib/search/search-fields';

const keyValues = (table: typeof runParams | typeof runTags | typeof runMetrics): KeyValueSource => ({
  from: sql`${table}`,
  owner: sql`${table.runId} = ${runs.id}`,
  key: table.key,
  value: table.value,
});

/** Run attributes as MLflow clients see them: the user is their email, the artifact URI has our default. */
const fields = searchFields(
  'runs',
  {
    run_id: runs.uuid,
    run_name: runs.name,
    status: runs.status,
    user_id: sql`coalesce((SELECT ${users.email} FROM ${users} WHERE ${users.id} = ${runs.userId}), '')`,
    artifact_uri: sql`coalesce(${runs.artifactUri}, 'mlflow-artifacts:/' || ${runs.experimentId} || '/' || ${runs.uuid} || '/artifacts')`,
    start_time: runs.startTime,
    end_time: runs.endTime,
  },
  // run_metrics holds each metric's latest value, which is what MLflow compares and sorts by.
  { metric: keyValues(runMetrics), param: keyValues(runParams), tag: keyValues(runTags) },
);

/** The requested order, then start time descending unless given, then run id: MLflow's natural order. */
function ordering(sort: SortKey[]): SQL[] {
  const terms = sort.map(fields.sortTerm);
  if (!sort.some((s) => s.entity === 'attribute' && s.key === 'start_time')) terms.push(fields.sortTerm({ entity: 'attribute', key: 'start_time', ascending: false }));
  terms.push(fields.sortTerm({ entity: 'attribute', key: 'run_id', ascending: true }));
  return terms;
}

/** Run ids of one page of the runs in these experiments and lifecycle stages that match every condition. */
export function searchRunIds(actor: Actor, experimentIds: number[], stages: RunRow['lifecycleStage'][], query: SearchQuery): string[] {
  authorize(actor, 'read', 'run');
  return getDb()
    .select({ uuid: runs.uuid })
    .from(runs)
    .where(and(inArray(runs.experimentId, experimentIds), inArray(runs.lifecycleStage, stages), fields.where(query.conditions)))
    .orderBy(...ordering(query.sort))
    .limit(query.limit)
    .offset(query.offset)
    .all()
    .map((r) => r.uuid);
}
