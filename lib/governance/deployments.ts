import 'server-only';
import { and, desc, eq, inArray, max, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { deployments, modelVersions, users, type DeploymentRow, type Stage, type VersionRow } from '@/db/schema';
import { recordAudit, type Writer } from '@/lib/audit/record';
import { authorize, authorizeOwned, type Actor } from '@/lib/auth/actor';
import { invalidState, parseInput } from '@/lib/errors';
import { findModel, findVersion, touchModel } from '@/lib/registry/model-store';
import { versionNumberSchema } from '@/lib/registry/schemas';
import { IMMEDIATE } from './transitions';
import { blankAsAbsent } from '@/lib/blank-as-absent';

export const ENVIRONMENT_RULE = '1–40 lowercase letters, digits, dashes or underscores, starting with a letter or digit.';

const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

// Forms send an empty field for "no challenger"; treat it like an absent one.

export const deploySchema = z
  .object({
    environment: z.string().trim().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, ENVIRONMENT_RULE),
    endpoint: z.string().trim().max(500, 'Endpoints are at most 500 characters.').refine(isHttpUrl, 'Enter an http:// or https:// URL.'),
    championVersion: versionNumberSchema,
    challengerVersion: z.preprocess(blankAsAbsent, versionNumberSchema.optional()),
    challengerWeight: z.preprocess(blankAsAbsent, z.coerce.number<unknown>().int('Weights are whole percentages.').min(0).max(100).optional()),
    note: z.string().trim().max(2000, 'Notes are at most 2000 characters.').default(''),
  })
  .superRefine((d, ctx) => {
    if (d.challengerVersion === undefined) {
      if (d.challengerWeight) ctx.addIssue({ code: 'custom', path: ['challengerWeight'], message: 'Without a challenger the champion takes all traffic: leave the weight at 0.' });
      return;
    }
    if (d.challengerVersion === d.championVersion) ctx.addIssue({ code: 'custom', path: ['challengerVersion'], message: 'The challenger must be another version than the champion.' });
    if (!d.challengerWeight || d.challengerWeight > 99) ctx.addIssue({ code: 'custom', path: ['challengerWeight'], message: 'Send the challenger 1–99 % of the traffic.' });
  });

export type DeploymentKind = 'deploy' | 'rollback';

export interface DeploymentDto {
  id: number;
  environment: string;
  endpoint: string;
  championVersion: number;
  challengerVersion: number | null;
  /** Percent of traffic to the challenger; the champion gets the rest. */
  challengerWeight: number;
  kind: DeploymentKind;
  note: string;
  createdBy: string | null;
  createdAt: number;
  /** The newest row of its environment: what serves there now. */
  live: boolean;
}

const champion = alias(modelVersions, 'champion');
const challenger = alias(modelVersions, 'challenger');

function toDto(row: DeploymentRow, names: Pick<DeploymentDto, 'championVersion' | 'challengerVersion' | 'createdBy'>, live = false): DeploymentDto {
  const { id, environment, endpoint, challengerWeight, note, createdAt } = row;
  return { id, environment, endpoint, ...names, challengerWeight, kind: row.kind as DeploymentKind, note, createdAt, live };
}

/** Rows newest first, with version numbers and the deployer's name; `live` is decided by the caller. A negative limit is none to SQLite. */
function readDeployments(db: Writer, where: SQL | undefined, limit = -1): DeploymentDto[] {
  return db
    .select({ row: deployments, championVersion: champion.version, challengerVersion: challenger.version, createdBy: users.name })
    .from(deployments)
    .innerJoin(champion, eq(champion.id, deployments.championVersionId))
    .leftJoin(challenger, eq(challenger.id, deployments.challengerVersionId))
    .leftJoin(users, eq(users.id, deployments.createdById))
    .where(where)
    .orderBy(desc(deployments.id))
    .limit(limit)
    .all()
    .map(({ row, ...names }) => toDto(row, names));
}

/** Matches the newest deployment of each environment of a model. */
export function liveCondition(db: Writer, modelId: number): SQL {
  const newest = db.select({ id: max(deployments.id) }).from(deployments).where(eq(deployments.modelId, modelId)).groupBy(deployments.environment);
  return inArray(deployments.id, newest);
}

export function liveDeployments(db: Writer, modelId: number): DeploymentDto[] {
  return readDeployments(db, liveCondition(db, modelId)).map((d) => ({ ...d, live: true }));
}

/** Every deployment of the model, newest first; the first row of each environment is live. */
export function listDeployments(actor: Actor, modelName: string): DeploymentDto[] {
  authorize(actor, 'read', 'deployment');
  const model = findModel(modelName);
  const seen = new Set<string>();
  return readDeployments(getDb(), eq(deployments.modelId, model.id)).map((d) => {
    const live = !seen.has(d.environment);
    seen.add(d.environment);
    return { ...d, live };
  });
}

/** Versions a deploy form can offer: production for the champion, staging or production for a challenger. */
export function deployableVersions(actor: Actor, modelName: string): { version: number; stage: Stage }[] {
  authorize(actor, 'read', 'deployment');
  const model = findModel(modelName);
  return getDb()
    .select({ version: modelVersions.version, stage: modelVersions.stage })
    .from(modelVersions)
    .where(and(eq(modelVersions.modelId, model.id), inArray(modelVersions.stage, ['staging', 'production'])))
    .orderBy(desc(modelVersions.version))
    .all();
}

/** What an audit entry keeps of a deployment. */
const deploymentSnapshot = (d: Pick<DeploymentDto, 'environment' | 'endpoint' | 'championVersion' | 'challengerVersion' | 'challengerWeight'>) => ({
  environment: d.environment,
  endpoint: d.endpoint,
  championVersion: d.championVersion,
  challengerVersion: d.challengerVersion,
  challengerWeight: d.challengerWeight,
});

function requireStage(version: VersionRow, role: 'champion' | 'challenger'): void {
  const allowed: Stage[] = role === 'champion' ? ['production'] : ['staging', 'production'];
  if (allowed.includes(version.stage)) return;
  if (version.stage === 'retired' || version.stage === 'archived') {
    throw invalidState('deployment', `Version ${version.version} is ${version.stage} and cannot be deployed.`);
  }
  throw invalidState(
    'deployment',
    role === 'champion'
      ? `The champion must be in production; version ${version.version} is in ${version.stage}.`
      : `A challenger must be in staging or production; version ${version.version} is in ${version.stage}.`,
  );
}

/** Records what now serves in an environment; the previous live row stays as history. */
export function deployUseCase(actor: Actor, modelName: string, input: unknown): DeploymentDto {
  const data = parseInput(deploySchema, input, 'deployment');
  return getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'deployment:write', model, 'deployment');
    const championRow = findVersion(model.id, data.championVersion);
    requireStage(championRow, 'champion');
    const challengerRow = data.challengerVersion === undefined ? null : findVersion(model.id, data.challengerVersion);
    if (challengerRow) requireStage(challengerRow, 'challenger');
    const [previous] = readDeployments(tx, and(eq(deployments.modelId, model.id), eq(deployments.environment, data.environment)), 1);
    const row = tx
      .insert(deployments)
      .values({
        modelId: model.id,
        environment: data.environment,
        endpoint: data.endpoint,
        championVersionId: championRow.id,
        challengerVersionId: challengerRow?.id ?? null,
        challengerWeight: challengerRow ? (data.challengerWeight ?? 0) : 0,
        kind: 'deploy',
        note: data.note,
        createdById: actor.id,
        createdAt: Date.now(),
      })
      .returning()
      .get();
    touchModel(model.id, row.createdAt);
    const created = toDto(row, { championVersion: championRow.version, challengerVersion: challengerRow?.version ?? null, createdBy: actor.name }, true);
    recordAudit(tx, {
      actorId: actor.id,
      action: 'deployment.create',
      entityType: 'model',
      entityId: model.id,
      before: previous ? deploymentSnapshot(previous) : null,
      after: deploymentSnapshot(created),
    });
    return created;
  }, IMMEDIATE);
}
