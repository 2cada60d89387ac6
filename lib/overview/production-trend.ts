import 'server-only';
import { and, asc, eq, lt, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { stageTransitions } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import type { ProductionWeek } from './types';
import { WEEK_MS, weekStarts } from './weeks';

/**
 * How many models had a production version at the end of each of the last 26 weeks, replayed from the
 * stage history: the versions table only knows today's stage. Transitions before the window set the
 * starting state. A model that was deleted took its history with it, so it never appears here.
 */
export function productionOverTime(actor: Actor, now = Date.now()): ProductionWeek[] {
  authorize(actor, 'read', 'overview');
  const starts = weekStarts(now);
  const end = starts.at(-1)! + WEEK_MS;
  const moves = getDb()
    .select({ modelId: stageTransitions.modelId, versionId: stageTransitions.versionId, to: stageTransitions.toStage, at: stageTransitions.createdAt })
    .from(stageTransitions)
    .where(and(or(eq(stageTransitions.fromStage, 'production'), eq(stageTransitions.toStage, 'production')), lt(stageTransitions.createdAt, end)))
    .orderBy(asc(stageTransitions.createdAt), asc(stageTransitions.id))
    .all();
  // Per model, its versions in production: counting versions instead of a flag survives a history where two overlapped.
  const live = new Map<number, Set<number>>();
  let next = 0;
  return starts.map((weekStart) => {
    for (; next < moves.length && moves[next]!.at < weekStart + WEEK_MS; next++) {
      const move = moves[next]!;
      const versions = live.get(move.modelId) ?? new Set<number>();
      if (move.to === 'production') versions.add(move.versionId);
      else versions.delete(move.versionId);
      live.set(move.modelId, versions);
    }
    return { weekStart, models: [...live.values()].filter((versions) => versions.size > 0).length };
  });
}
