import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { protectedAliases } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type Actor } from '@/lib/auth/actor';
import { AppError, invalidState, parseInput } from '@/lib/errors';
import { findModel, touchModel } from '@/lib/registry/model-store';
import { protectedAliasSchema } from './schemas';
import { IMMEDIATE } from './transitions';

export function isProtectedAlias(modelId: number, alias: string): boolean {
  return getDb().select({ alias: protectedAliases.alias }).from(protectedAliases).where(and(eq(protectedAliases.modelId, modelId), eq(protectedAliases.alias, alias))).get() !== undefined;
}

/** Refuses a direct move of a protected alias: only an approved request moves it. */
export function assertAliasUnprotected(modelId: number, alias: string): void {
  if (isProtectedAlias(modelId, alias)) {
    throw invalidState('alias', `The alias "${alias}" is protected: it moves only through an approved promotion request.`);
  }
}

export function protectedAliasesOf(modelId: number): string[] {
  return getDb()
    .select({ alias: protectedAliases.alias })
    .from(protectedAliases)
    .where(eq(protectedAliases.modelId, modelId))
    .orderBy(asc(protectedAliases.alias))
    .all()
    .map((r) => r.alias);
}

export function listProtectedAliases(actor: Actor, modelName: string): string[] {
  authorize(actor, 'read', 'alias');
  return protectedAliasesOf(findModel(modelName).id);
}

/** Admins mark an alias protected (it need not point anywhere yet) or release it. */
export function setAliasProtectionUseCase(actor: Actor, modelName: string, input: unknown, protect: boolean): { alias: string; protected: boolean } {
  authorize(actor, 'policy:manage', 'alias');
  const { alias } = parseInput(protectedAliasSchema, input, 'alias');
  return getDb().transaction((tx) => {
    const model = findModel(modelName);
    const was = isProtectedAlias(model.id, alias);
    if (was === protect) return { alias, protected: protect };
    if (protect) tx.insert(protectedAliases).values({ modelId: model.id, alias, createdById: actor.id, createdAt: Date.now() }).run();
    else tx.delete(protectedAliases).where(and(eq(protectedAliases.modelId, model.id), eq(protectedAliases.alias, alias))).run();
    touchModel(model.id);
    recordAudit(tx, { actorId: actor.id, action: protect ? 'alias.protect' : 'alias.unprotect', entityType: 'model', entityId: model.id, after: { alias } });
    return { alias, protected: protect };
  }, IMMEDIATE);
}

export function requireProtectedAlias(modelId: number, alias: string): void {
  if (!isProtectedAlias(modelId, alias)) {
    const message = `"${alias}" is not a protected alias of this model: set it directly, or ask an admin to protect it first.`;
    throw new AppError('bad_request', 'request', message, { alias: [message] });
  }
}
