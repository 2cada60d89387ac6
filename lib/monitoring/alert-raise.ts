import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { type AlertKind, type AlertSeverity, monitoringAlerts } from '@/db/schema';
import { recordAudit, type Writer } from '@/lib/audit/record';
import type { ColumnVerdict } from './types';
import { type MonitoringPolicy, type PerformanceBreach, performanceBreaches } from './policy';

/** Something a batch (or its late labels) showed that deserves an alert. */
export interface AlertSignal {
  kind: AlertKind;
  subject: string;
  severity: AlertSeverity;
  message: string;
  details: Record<string, unknown>;
}

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;
const figure = (c: ColumnVerdict) => (c.value === null ? 'no value' : `${c.method} ${Number(c.value.toPrecision(3))} (threshold ${c.threshold})`);

/**
 * Dataset drift is a warning: many columns moved, the model may cope. A critical column drifting and a
 * performance metric out of bounds are critical: the first is what the owner said matters most, the
 * second is the harm itself.
 */
export function driftSignals(columns: ColumnVerdict[], datasetDrift: boolean, policy: MonitoringPolicy): AlertSignal[] {
  const drifted = columns.filter((c) => c.drifted);
  const signals: AlertSignal[] = [];
  if (datasetDrift) {
    const share = drifted.length / columns.length;
    signals.push({
      kind: 'dataset_drift',
      subject: '',
      severity: 'warning',
      message: `${drifted.length} of ${columns.length} columns drifted (${pct(share)}, threshold ${pct(policy.datasetDriftShare)}).`,
      details: { share, drifted: drifted.map((c) => c.name) },
    });
  }
  for (const c of drifted.filter((column) => column.critical)) {
    const unseen = c.unseen.length > 0 ? `; unseen categories: ${c.unseen.slice(0, 5).join(', ')}` : '';
    signals.push({ kind: 'feature_drift', subject: c.name, severity: 'critical', message: `Critical column "${c.name}" drifted: ${figure(c)}${unseen}.`, details: { method: c.method, value: c.value, threshold: c.threshold, unseen: c.unseen } });
  }
  return signals;
}

const breachMessage = (b: PerformanceBreach) => `${b.metric} is ${Number(b.value.toPrecision(4))}, ${b.bound === 'min' ? 'below its minimum' : 'above its maximum'} of ${b.limit}.`;

export function performanceSignals(metrics: Record<string, number> | null, policy: MonitoringPolicy): AlertSignal[] {
  if (!metrics) return [];
  return performanceBreaches(metrics, policy).map((b) => ({ kind: 'performance', subject: b.metric, severity: 'critical', message: breachMessage(b), details: { ...b } }));
}

/**
 * Opens an alert per signal, or bumps the unresolved one already there (count, last seen, latest
 * message), inside the caller's transaction. Opening is announced by webhook.
 */
export function raiseAlerts(tx: Writer, actorId: number, versionId: number, batchId: number, signals: AlertSignal[], at = Date.now()): number[] {
  return signals.map((s) => {
    const existing = tx
      .select()
      .from(monitoringAlerts)
      .where(and(eq(monitoringAlerts.versionId, versionId), eq(monitoringAlerts.kind, s.kind), eq(monitoringAlerts.subject, s.subject), ne(monitoringAlerts.status, 'resolved')))
      .get();
    if (existing) {
      // Labels sent again for the same batch restate its alert; they are not a new occurrence.
      const occurrences = existing.lastBatchId === batchId ? existing.occurrences : existing.occurrences + 1;
      tx.update(monitoringAlerts).set({ occurrences, lastSeenAt: at, lastBatchId: batchId, message: s.message, details: s.details }).where(eq(monitoringAlerts.id, existing.id)).run();
      if (occurrences === existing.occurrences) return existing.id;
      recordAudit(tx, { actorId, action: 'alert.repeat', entityType: 'version', entityId: versionId, after: { alertId: existing.id, batchId, occurrences } });
      return existing.id;
    }
    const row = tx
      .insert(monitoringAlerts)
      .values({ versionId, kind: s.kind, subject: s.subject, severity: s.severity, message: s.message, details: s.details, firstBatchId: batchId, lastBatchId: batchId, firstSeenAt: at, lastSeenAt: at })
      .returning({ id: monitoringAlerts.id })
      .get();
    recordAudit(tx, { actorId, action: 'alert.open', entityType: 'version', entityId: versionId, after: { alertId: row.id, kind: s.kind, subject: s.subject, severity: s.severity, message: s.message, batchId, details: s.details } });
    return row.id;
  });
}
