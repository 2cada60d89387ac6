import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { modelVersions, STAGES } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { forbidden, invalidState, parseInput } from '@/lib/errors';
import { findModel, findVersion, touchModel } from './model-store';

const stageSchema = z.object({ stage: z.enum(STAGES) });

/**
 * A direct stage change, for admins only: at most one production version per model, so the
 * previous one is archived in the same transaction; a retired version never comes back.
 */
export function transitionStageUseCase(actor: Actor, modelName: string, version: number, input: unknown): void {
  if (!can(actor.role, 'stage:transition')) throw forbidden('stage', 'Changing a stage directly needs an admin; ask one to apply the transition.');
  const { stage } = parseInput(stageSchema, input, 'stage');
  getDb().transaction((tx) => {
    const model = findModel(modelName);
    const current = findVersion(model.id, version);
    if (current.stage === 'retired') throw invalidState('stage', 'A retired version cannot change stage.');
    if (current.stage === stage) return;
    const now = Date.now();
    if (stage === 'production') {
      const displaced = tx
        .update(modelVersions)
        .set({ stage: 'archived', updatedAt: now })
        .where(and(eq(modelVersions.modelId, model.id), eq(modelVersions.stage, 'production'), ne(modelVersions.id, current.id)))
        .returning({ id: modelVersions.id, version: modelVersions.version })
        .all();
      for (const d of displaced) {
        recordAudit(tx, { actorId: actor.id, action: 'version.stage', entityType: 'version', entityId: d.id, before: { stage: 'production' }, after: { stage: 'archived' } });
      }
    }
    tx.update(modelVersions).set({ stage, updatedAt: now }).where(eq(modelVersions.id, current.id)).run();
    touchModel(model.id, now);
    recordAudit(tx, { actorId: actor.id, action: 'version.stage', entityType: 'version', entityId: current.id, before: { stage: current.stage }, after: { stage } });
  });
}
