import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { METRIC_DIRECTIONS, metricDirections, registeredModels } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, authorizeOwned, type Actor } from '@/lib/auth/actor';
import { parseInput } from '@/lib/errors';
import { findModel, touchModel } from '@/lib/registry/model-store';
import { defaultDirection } from './directions';
import type { Direction } from './types';

export const metricDirectionSchema = z.object({
  metric: z.string().trim().min(1, 'Name the metric.').max(250),
  /** `null` forgets the model's choice and goes back to what the name suggests. */
  direction: z.enum(METRIC_DIRECTIONS).nullable(),
});

/** Sets (or clears) which way a metric is better for one model; the comparison ranks by it. */
export function setMetricDirectionUseCase(actor: Actor, modelName: string, input: unknown): { metric: string; direction: Direction } {
  const { metric, direction } = parseInput(metricDirectionSchema, input, 'metric');
  return getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'model:update', model, 'model');
    const where = and(eq(metricDirections.modelId, model.id), eq(metricDirections.key, metric));
    const before = tx.select({ direction: metricDirections.direction }).from(metricDirections).where(where).get()?.direction ?? null;
    // Nothing to change, nothing to record.
    if (before === direction) return { metric, direction: direction ?? defaultDirection(metric) };
    if (direction === null) tx.delete(metricDirections).where(where).run();
    else tx.insert(metricDirections).values({ modelId: model.id, key: metric, direction }).onConflictDoUpdate({ target: [metricDirections.modelId, metricDirections.key], set: { direction } }).run();
    touchModel(model.id);
    recordAudit(tx, { actorId: actor.id, action: 'model.metric_direction', entityType: 'model', entityId: model.id, before: { metric, direction: before }, after: { metric, direction } });
    return { metric, direction: direction ?? defaultDirection(metric) };
  });
}

/** How one model reads each of its metrics: its own choice, else what the name suggests. */
export function directionsOf(actor: Actor, modelName: string): (metric: string) => Direction {
  authorize(actor, 'read', 'model');
  const rows = getDb()
    .select({ key: metricDirections.key, direction: metricDirections.direction })
    .from(metricDirections)
    .innerJoin(registeredModels, eq(registeredModels.id, metricDirections.modelId))
    .where(eq(registeredModels.name, modelName))
    .all();
  const chosen = new Map(rows.map((r) => [r.key, r.direction]));
  return (metric) => chosen.get(metric) ?? defaultDirection(metric);
}
