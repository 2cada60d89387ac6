import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { registeredModels, users, type ModelRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, authorizeOwned, type Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { AppError, conflict, forbidden, invalidState, parseInput } from '@/lib/errors';
import { MIN_APPROVALS, ownPolicyApprovals } from '@/lib/governance/policy';
import { aliasesByModel, findModel, latestVersion, ownerName, readModelTags, replaceModelTags, versionCount } from './model-store';
import { createModelSchema, modelNameSchema, updateModelSchema } from './schemas';

export interface ModelDto {
  id: number;
  name: string;
  description: string;
  ownerId: number;
  ownerName: string;
  team: string | null;
  taskType: ModelRow['taskType'];
  framework: string;
  riskTier: ModelRow['riskTier'];
  tags: Record<string, string>;
  /** Set once the whole model is retired, with the reason given. */
  retirement: { at: number; reason: string } | null;
  createdAt: number;
  updatedAt: number;
}

export function toModelDto(row: ModelRow): ModelDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    ownerId: row.ownerId,
    ownerName: ownerName(row.ownerId),
    team: row.team,
    taskType: row.taskType,
    framework: row.framework,
    riskTier: row.riskTier,
    tags: readModelTags(row.id),
    retirement: row.retiredAt === null ? null : { at: row.retiredAt, reason: row.retiredReason ?? '' },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function getModel(actor: Actor, name: string): ModelDto {
  authorize(actor, 'read', 'model');
  return toModelDto(findModel(name));
}

export interface ModelSummary extends ModelDto {
  latestVersion: number | null;
  versionCount: number;
  aliases: Record<string, number>;
}

/** A model with its version count, latest version and aliases: what an API client asks for most. */
export function getModelSummary(actor: Actor, name: string): ModelSummary {
  const model = getModel(actor, name);
  const counts = getDb().select({ latestVersion, versionCount }).from(registeredModels).where(eq(registeredModels.id, model.id)).get();
  const aliases = aliasesByModel([model.id]).get(model.id) ?? [];
  return {
    ...model,
    latestVersion: counts?.latestVersion ?? null,
    versionCount: counts?.versionCount ?? 0,
    aliases: Object.fromEntries(aliases.map((a) => [a.alias, a.version])),
  };
}

export function createModelUseCase(actor: Actor, input: unknown): ModelDto {
  authorize(actor, 'model:create', 'model');
  const data = parseInput(createModelSchema, input, 'model');
  return getDb().transaction((tx) => {
    const taken = tx.select({ id: registeredModels.id }).from(registeredModels).where(eq(registeredModels.name, data.name)).get();
    if (taken) throw conflict('model', `A model named "${data.name}" already exists.`, { name: ['This name is taken.'] });
    const now = Date.now();
    const row = tx
      .insert(registeredModels)
      .values({
        name: data.name,
        description: data.description,
        ownerId: actor.id,
        team: data.team ?? actor.team,
        taskType: data.taskType,
        framework: data.framework,
        riskTier: data.riskTier,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    replaceModelTags(tx, row.id, data.tags);
    const dto = toModelDto(row);
    recordAudit(tx, { actorId: actor.id, action: 'model.create', entityType: 'model', entityId: row.id, after: dto });
    return dto;
  });
}

export function updateModelUseCase(actor: Actor, name: string, input: unknown): ModelDto {
  const data = parseInput(updateModelSchema, input, 'model');
  return getDb().transaction((tx) => {
    const current = findModel(name);
    authorizeOwned(actor, 'model:update', current, 'model');
    // The tier sets how many approvals a promotion needs, so authors cannot lower the bar for their own model.
    if (data.riskTier !== undefined && data.riskTier !== current.riskTier && !can(actor.role, 'policy:manage')) {
      throw forbidden('model', "Only an admin can change a model's risk tier: it decides how many approvals a promotion needs.");
    }
    if (data.riskTier !== undefined) {
      const own = ownPolicyApprovals(current.id);
      if (own !== null && own < MIN_APPROVALS[data.riskTier]) {
        throw invalidState('model', `This model's approval policy asks for ${own} approval${own === 1 ? '' : 's'}, fewer than a ${data.riskTier}-risk model needs (${MIN_APPROVALS[data.riskTier]}): raise the policy first.`);
      }
    }
    if (data.ownerId !== undefined && !tx.select({ id: users.id }).from(users).where(eq(users.id, data.ownerId)).get()) {
      throw new AppError('bad_request', 'model', 'Some fields need attention.', { ownerId: ['No such user.'] });
    }
    const before = toModelDto(current);
    const { tags, ...fields } = data;
    const row = tx
      .update(registeredModels)
      .set({ ...fields, updatedAt: Date.now() })
      .where(eq(registeredModels.id, current.id))
      .returning()
      .get();
    if (tags) replaceModelTags(tx, row.id, tags);
    const after = toModelDto(row);
    recordAudit(tx, { actorId: actor.id, action: 'model.update', entityType: 'model', entityId: row.id, before, after });
    return after;
  });
}

export function renameModelUseCase(actor: Actor, name: string, newName: unknown): ModelDto {
  const target = parseInput(modelNameSchema, newName, 'model');
  return getDb().transaction((tx) => {
    const current = findModel(name);
    authorizeOwned(actor, 'model:update', current, 'model');
    if (target !== current.name && tx.select({ id: registeredModels.id }).from(registeredModels).where(eq(registeredModels.name, target)).get()) {
      throw conflict('model', `A model named "${target}" already exists.`, { name: ['This name is taken.'] });
    }
    const row = tx.update(registeredModels).set({ name: target, updatedAt: Date.now() }).where(eq(registeredModels.id, current.id)).returning().get();
    recordAudit(tx, { actorId: actor.id, action: 'model.rename', entityType: 'model', entityId: row.id, before: { name: current.name }, after: { name: target } });
    return toModelDto(row);
  });
}
