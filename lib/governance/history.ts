import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelVersions, stageTransitions, users, type Stage } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { findModel, findVersion } from '@/lib/registry/model-store';

export interface TransitionDto {
  id: number;
  version: number;
  from: Stage;
  to: Stage;
  cause: string;
  requestId: number | null;
  actor: string | null;
  reason: string;
  at: number;
}

/** Who moved which version where, and why: the history MLflow's registry never kept. Newest first. */
export function stageHistory(actor: Actor, modelName: string, version?: number): TransitionDto[] {
  authorize(actor, 'read', 'stage');
  const model = findModel(modelName);
  const versionId = version === undefined ? undefined : findVersion(model.id, version).id;
  return getDb()
    .select({
      id: stageTransitions.id,
      version: modelVersions.version,
      from: stageTransitions.fromStage,
      to: stageTransitions.toStage,
      cause: stageTransitions.cause,
      requestId: stageTransitions.requestId,
      actor: users.name,
      reason: stageTransitions.reason,
      at: stageTransitions.createdAt,
    })
    .from(stageTransitions)
    .innerJoin(modelVersions, eq(modelVersions.id, stageTransitions.versionId))
    .leftJoin(users, eq(users.id, stageTransitions.actorId))
    .where(and(eq(stageTransitions.modelId, model.id), versionId === undefined ? undefined : eq(stageTransitions.versionId, versionId)))
    .orderBy(desc(stageTransitions.id))
    .limit(200)
    .all();
}
