import 'server-only';
import { and, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { ALERT_KINDS, ALERT_SEVERITIES, ALERT_STATUSES, modelVersions, monitoringAlerts, registeredModels, users } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { parseInput } from '@/lib/errors';
import type { AlertCounts, AlertFilters, AlertSummary } from './types';

const acknowledger = alias(users, 'acknowledger');
const resolver = alias(users, 'resolver');
const MAX_LISTED = 500;

function selectAlerts(where: SQL | undefined): AlertSummary[] {
  return getDb()
    .select({
      id: monitoringAlerts.id,
      modelName: registeredModels.name,
      version: modelVersions.version,
      kind: monitoringAlerts.kind,
      subject: monitoringAlerts.subject,
      severity: monitoringAlerts.severity,
      status: monitoringAlerts.status,
      message: monitoringAlerts.message,
      occurrences: monitoringAlerts.occurrences,
      firstSeenAt: monitoringAlerts.firstSeenAt,
      lastSeenAt: monitoringAlerts.lastSeenAt,
      lastBatchId: monitoringAlerts.lastBatchId,
      acknowledgedBy: acknowledger.name,
      acknowledgedAt: monitoringAlerts.acknowledgedAt,
      acknowledgeComment: monitoringAlerts.acknowledgeComment,
      resolvedBy: resolver.name,
      resolvedAt: monitoringAlerts.resolvedAt,
      resolveComment: monitoringAlerts.resolveComment,
    })
    .from(monitoringAlerts)
    .innerJoin(modelVersions, eq(modelVersions.id, monitoringAlerts.versionId))
    .innerJoin(registeredModels, eq(registeredModels.id, modelVersions.modelId))
    .leftJoin(acknowledger, eq(acknowledger.id, monitoringAlerts.acknowledgedById))
    .leftJoin(resolver, eq(resolver.id, monitoringAlerts.resolvedById))
    .where(where)
    .orderBy(desc(monitoringAlerts.lastSeenAt), desc(monitoringAlerts.id))
    .limit(MAX_LISTED)
    .all();
}

export function alertsByIds(ids: number[]): AlertSummary[] {
  return ids.length === 0 ? [] : selectAlerts(inArray(monitoringAlerts.id, ids));
}

export const alertFiltersSchema = z.object({
  status: z.enum([...ALERT_STATUSES, 'unresolved']).optional(),
  severity: z.enum(ALERT_SEVERITIES).optional(),
  kind: z.enum(ALERT_KINDS).optional(),
  model: z.string().trim().max(128).optional(),
  version: z.coerce.number<unknown>().int().positive().optional(),
});

/** Newest first, at most 500; `unresolved` means open or acknowledged. */
export function listAlerts(actor: Actor, input: unknown): AlertSummary[] {
  authorize(actor, 'read', 'alert');
  const filters: AlertFilters & { version?: number } = parseInput(alertFiltersSchema, input, 'alert');
  const conditions = [
    filters.status === 'unresolved' ? ne(monitoringAlerts.status, 'resolved') : filters.status ? eq(monitoringAlerts.status, filters.status) : undefined,
    filters.severity ? eq(monitoringAlerts.severity, filters.severity) : undefined,
    filters.kind ? eq(monitoringAlerts.kind, filters.kind) : undefined,
    filters.model ? eq(registeredModels.name, filters.model) : undefined,
    filters.version ? eq(modelVersions.version, filters.version) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return selectAlerts(conditions.length > 0 ? and(...conditions) : undefined);
}

/** For the navigation badge: unresolved alerts, by state, and how many of them are critical. */
export function alertCounts(actor: Actor): AlertCounts {
  authorize(actor, 'read', 'alert');
  const row = getDb()
    .select({
      open: sql<number>`coalesce(sum(${monitoringAlerts.status} = 'open'), 0)`,
      acknowledged: sql<number>`coalesce(sum(${monitoringAlerts.status} = 'acknowledged'), 0)`,
      critical: sql<number>`coalesce(sum(${monitoringAlerts.severity} = 'critical'), 0)`,
    })
    .from(monitoringAlerts)
    .where(ne(monitoringAlerts.status, 'resolved'))
    .get();
  return { open: Number(row?.open ?? 0), acknowledged: Number(row?.acknowledged ?? 0), critical: Number(row?.critical ?? 0) };
}
