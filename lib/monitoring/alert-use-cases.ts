import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { batchColumns, modelVersions, monitoringAlerts, registeredModels } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, authorizeOwned, type Actor } from '@/lib/auth/actor';
import { invalidState, notFound, parseInput, routeId } from '@/lib/errors';
import { alertsByIds } from './alert-queries';
import type { AlertSummary } from './types';

const optionalComment = z.object({ comment: z.string().trim().max(2000, 'At most 2,000 characters.').optional() });
const requiredComment = z.object({ comment: z.string().trim().min(1, 'Say how the alert was resolved.').max(2000, 'At most 2,000 characters.') });

function findAlert(rawId: unknown) {
  const id = routeId(rawId, 'alert', 'No such alert.');
  const row = getDb().select().from(monitoringAlerts).where(eq(monitoringAlerts.id, id)).get();
  if (!row) throw notFound('alert', 'No such alert.');
  return row;
}

const summary = (id: number): AlertSummary => alertsByIds([id])[0]!;

/** Reviewers and admins triage every model's alerts; a data scientist only those of the models they or their team own. */
function authorizeTriage(actor: Actor, versionId: number): void {
  if (actor.role !== 'data_scientist') return;
  const model = getDb()
    .select({ ownerId: registeredModels.ownerId, team: registeredModels.team })
    .from(modelVersions)
    .innerJoin(registeredModels, eq(registeredModels.id, modelVersions.modelId))
    .where(eq(modelVersions.id, versionId))
    .get();
  if (!model) throw notFound('alert', 'No such alert.');
  authorizeOwned(actor, 'alert:triage', model, 'alert');
}

/** Someone is on it: open → acknowledged, with who, when and an optional note. */
export function acknowledgeAlertUseCase(actor: Actor, rawId: unknown, input: unknown): AlertSummary {
  const { comment } = parseInput(optionalComment, input ?? {}, 'alert');
  authorize(actor, 'alert:triage', 'alert');
  return getDb().transaction((tx) => {
    const alert = findAlert(rawId);
    authorizeTriage(actor, alert.versionId);
    if (alert.status !== 'open') throw invalidState('alert', `The alert is already ${alert.status}.`);
    const at = Date.now();
    tx.update(monitoringAlerts).set({ status: 'acknowledged', acknowledgedById: actor.id, acknowledgedAt: at, acknowledgeComment: comment ?? null }).where(eq(monitoringAlerts.id, alert.id)).run();
    recordAudit(tx, { actorId: actor.id, action: 'alert.acknowledge', entityType: 'version', entityId: alert.versionId, before: { alertId: alert.id, status: alert.status }, after: { alertId: alert.id, status: 'acknowledged', comment: comment ?? null } });
    return summary(alert.id);
  });
}

/** Closes an open or acknowledged alert; the comment (required) says what was done. A repeat later opens a new one. */
export function resolveAlertUseCase(actor: Actor, rawId: unknown, input: unknown): AlertSummary {
  const { comment } = parseInput(requiredComment, input ?? {}, 'alert');
  authorize(actor, 'alert:triage', 'alert');
  return getDb().transaction((tx) => {
    const alert = findAlert(rawId);
    authorizeTriage(actor, alert.versionId);
    if (alert.status === 'resolved') throw invalidState('alert', 'The alert is already resolved.');
    const at = Date.now();
    tx.update(monitoringAlerts).set({ status: 'resolved', resolvedById: actor.id, resolvedAt: at, resolveComment: comment }).where(eq(monitoringAlerts.id, alert.id)).run();
    recordAudit(tx, { actorId: actor.id, action: 'alert.resolve', entityType: 'version', entityId: alert.versionId, before: { alertId: alert.id, status: alert.status }, after: { alertId: alert.id, kind: alert.kind, subject: alert.subject, status: 'resolved', comment } });
    return summary(alert.id);
  });
}

/**
 * Asks the owners' training pipeline to retrain: a `retraining.requested` webhook event carrying the
 * model, version, alert and the drift of the batch that last raised it. The alert itself is unchanged.
 */
export function requestRetrainingUseCase(actor: Actor, rawId: unknown, input: unknown): AlertSummary {
  const { comment } = parseInput(optionalComment, input ?? {}, 'alert');
  authorize(actor, 'alert:triage', 'alert');
  return getDb().transaction((tx) => {
    const alert = findAlert(rawId);
    authorizeTriage(actor, alert.versionId);
    const drift = alert.lastBatchId
      ? tx
          .select({ column: batchColumns.name, method: batchColumns.method, value: batchColumns.value, threshold: batchColumns.threshold, drifted: batchColumns.drifted })
          .from(batchColumns)
          .where(eq(batchColumns.batchId, alert.lastBatchId))
          .all()
      : [];
    const view = summary(alert.id);
    recordAudit(tx, {
      actorId: actor.id,
      action: 'retraining.request',
      entityType: 'version',
      entityId: alert.versionId,
      after: { alert: { id: view.id, kind: view.kind, subject: view.subject, severity: view.severity, status: view.status, message: view.message, occurrences: view.occurrences }, batchId: alert.lastBatchId, drift, comment: comment ?? null },
    });
    return view;
  });
}

const ACTIONS = { acknowledge: acknowledgeAlertUseCase, resolve: resolveAlertUseCase, retraining: requestRetrainingUseCase } as const;
export type AlertAction = keyof typeof ACTIONS;

/** One entry point for the alert buttons and `POST /api/v1/alerts/{id}/{action}`. */
export function alertActionUseCase(actor: Actor, rawId: unknown, action: string, input: unknown): AlertSummary {
  if (!Object.hasOwn(ACTIONS, action)) throw notFound('alert', `Alerts can be acknowledged, resolved or sent for retraining, not "${action}".`);
  return ACTIONS[action as AlertAction](actor, rawId, input);
}
