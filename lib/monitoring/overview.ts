import 'server-only';
import { authorize, canEdit, type Actor } from '@/lib/auth/actor';
import { findModel, findVersion } from '@/lib/registry/model-store';
import { listAlerts } from './alert-queries';
import { evaluationMetrics, keepsPredictions } from './batch-store';
import { getBatchReport, listBatches } from './batches';
import type { MonitoringPolicy } from './policy';
import { policyOfModel } from './policy-store';
import { lineageDatasets } from './reference-store';
import { getReference } from './references';
import { getDriftTimeline, getPerformanceTimeline } from './timelines';
import type { AlertSummary, BatchReport, BatchSummary, DriftTimeline, PerformanceTimeline, ReferenceSummary } from './types';

export interface MonitoringOverview {
  /** Whether the reader may upload data and edit the policy (owner, their team, or an admin). */
  editable: boolean;
  reference: ReferenceSummary | null;
  batches: BatchSummary[];
  /** The picked batch, else the newest. */
  report: BatchReport | null;
  /** Whether the shown batch kept predictions that labels can still score. */
  hasPredictions: boolean;
  drift: DriftTimeline;
  performance: PerformanceTimeline;
  policy: MonitoringPolicy;
  alerts: AlertSummary[];
  /** Lineage datasets a reference can be taken from. */
  datasets: { name: string; version: string }[];
  /** Metric names the policy can bound: the version's own evaluation metrics and those batches measured. */
  metrics: string[];
}

/** Everything a version's monitoring page shows, read in one place. */
export function getMonitoringOverview(actor: Actor, modelName: string, version: number, batchId: number | null): MonitoringOverview {
  authorize(actor, 'read', 'monitoring');
  const model = findModel(modelName);
  const v = findVersion(model.id, version);
  const batches = listBatches(actor, modelName, version);
  const shown = batches.find((b) => b.id === batchId) ?? batches[0];
  const performance = getPerformanceTimeline(actor, modelName, version);
  const evaluation = [...evaluationMetrics(v.runId).keys()];
  return {
    editable: canEdit(actor, 'monitoring:write', model),
    reference: getReference(actor, modelName, version),
    batches,
    report: shown ? getBatchReport(actor, modelName, version, shown.id) : null,
    hasPredictions: shown ? keepsPredictions(shown.id) : false,
    drift: getDriftTimeline(actor, modelName, version),
    performance,
    policy: policyOfModel(model.id),
    alerts: listAlerts(actor, { model: modelName, version, status: 'unresolved' }),
    datasets: lineageDatasets(v.id).map(({ name, version: datasetVersion }) => ({ name, version: datasetVersion })),
    metrics: [...new Set([...evaluation, ...performance.metrics.map((m) => m.metric)])].sort(),
  };
}
