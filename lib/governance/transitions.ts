import 'server-only';
import { and, desc, eq, ne } from 'drizzle-orm';
import { modelVersions, stageTransitions, type ModelRow, type Stage, type VersionRow } from '@/db/schema';
import { recordAudit, type Writer } from '@/lib/audit/record';
import { touchModel } from '@/lib/registry/model-store';

/**
 * For governance writes: take the write lock before the first read, so a second process (a CLI, a
 * second server) waits its turn instead of failing when its read snapshot goes stale.
 */
export const IMMEDIATE = { behavior: 'immediate' } as const;

/** Why a stage changed: an approved request, the production version it displaced, an admin override, a rollback or a retirement. */
export type TransitionCause = 'request' | 'displaced' | 'override' | 'rollback' | 'retirement';

export interface StageChange {
  model: Pick<ModelRow, 'id'>;
  version: Pick<VersionRow, 'id' | 'version' | 'stage'>;
  toStage: Stage;
  cause: TransitionCause;
  actorId: number | null;
  requestId?: number | null;
  reason?: string;
}

function record(tx: Writer, change: StageChange, fromStage: Stage, at: number): void {
  const { model, version, toStage, cause, actorId, requestId = null, reason = '' } = change;
  tx.insert(stageTransitions).values({ modelId: model.id, versionId: version.id, fromStage, toStage, cause, requestId, actorId, reason, createdAt: at }).run();
  recordAudit(tx, {
    actorId,
    action: 'version.stage',
    entityType: 'version',
    entityId: version.id,
    before: { stage: fromStage },
    after: { stage: toStage, cause, ...(requestId !== null ? { requestId } : {}), ...(reason ? { reason } : {}) },
  });
}

/**
 * Moves a version to a stage inside the caller's transaction, with its history row and audit entry.
 * A model has one production version: entering production archives the one there before.
 * Returns the version numbers it displaced.
 */
export function applyStage(tx: Writer, change: StageChange): number[] {
  const { model, version, toStage } = change;
  if (version.stage === toStage) return [];
  const at = Date.now();
  const displaced =
    toStage === 'production'
      ? tx
          .update(modelVersions)
          .set({ stage: 'archived', updatedAt: at })
          .where(and(eq(modelVersions.modelId, model.id), eq(modelVersions.stage, 'production'), ne(modelVersions.id, version.id)))
          .returning({ id: modelVersions.id, version: modelVersions.version })
          .all()
      : [];
  for (const d of displaced) {
    record(tx, { ...change, version: { ...d, stage: 'production' }, toStage: 'archived', cause: 'displaced' }, 'production', at);
  }
  tx.update(modelVersions).set({ stage: toStage, updatedAt: at }).where(eq(modelVersions.id, version.id)).run();
  touchModel(model.id, at);
  record(tx, change, version.stage, at);
  return displaced.map((d) => d.version);
}

/** The version that was in production before the current one and is still archived: where a rollback goes. */
export function previousProduction(tx: Writer, modelId: number, currentId: number): VersionRow | undefined {
  return tx
    .select({ version: modelVersions })
    .from(stageTransitions)
    .innerJoin(modelVersions, eq(modelVersions.id, stageTransitions.versionId))
    .where(
      and(
        eq(stageTransitions.modelId, modelId),
        eq(stageTransitions.fromStage, 'production'),
        // A version that was rolled back out of production is not where the next rollback goes.
        ne(stageTransitions.cause, 'rollback'),
        ne(stageTransitions.versionId, currentId),
        eq(modelVersions.stage, 'archived'),
      ),
    )
    .orderBy(desc(stageTransitions.id))
    .limit(1)
    .get()?.version;
}
