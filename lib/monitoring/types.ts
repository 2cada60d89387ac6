// No `server-only`: pages, client components and the API share these shapes.
import type { AlertKind, AlertSeverity, AlertStatus, ColumnKindName, ColumnRole, ReferenceColumnInfo } from '@/db/schema/monitoring';
import type { DriftMethod, MonitoringPolicy } from './policy';

export type { AlertKind, AlertSeverity, AlertStatus, ColumnKindName, ColumnRole, ReferenceColumnInfo };

/** The reference a version is currently judged against. */
export interface ReferenceSummary {
  id: number;
  rowCount: number;
  columns: ReferenceColumnInfo[];
  /** `upload` or `dataset:<name>@<version>`. */
  source: string;
  sha256: string;
  createdBy: string;
  createdAt: number;
}

/** The two distributions a chart draws for one column of one batch. */
export type Distribution =
  | { kind: 'histogram'; edges: number[]; reference: number[]; current: number[] }
  | { kind: 'categories'; categories: string[]; reference: number[]; current: number[] };

export interface ColumnVerdict {
  name: string;
  role: ColumnRole;
  kind: ColumnKindName;
  method: DriftMethod;
  threshold: number;
  /** The method's p-value or distance; null when the batch had no value in this column. */
  value: number | null;
  drifted: boolean;
  critical: boolean;
  missingRate: number;
  referenceMissingRate: number;
  /** Categories the reference never had (they alone make the column drift). */
  unseen: string[];
  distribution: Distribution;
  /** The figure's companions (KS D, χ² and degrees of freedom, sample sizes) and why a column has no figure (`reason`). */
  extras: Record<string, number | string>;
  /** Where the method came from: the column's own setting, its type's, or the default. */
  source: 'column' | 'type' | 'default';
}

export interface PerformanceComparison {
  metric: string;
  value: number;
  /** The version's own evaluation value of the metric, when it logged one. */
  evaluation: number | null;
}

export interface BatchReport {
  id: number;
  modelName: string;
  version: number;
  rowCount: number;
  observedAt: number;
  receivedAt: number;
  sha256: string;
  columnCount: number;
  driftedCount: number;
  driftShare: number;
  datasetDrift: boolean;
  columns: ColumnVerdict[];
  /** Null until labels arrive. */
  performance: PerformanceComparison[] | null;
  policy: MonitoringPolicy;
  /** Alerts this batch opened, or repeated last (a later repeat moves an alert to that batch's report). */
  alerts: AlertSummary[];
}

/** One row of the batches table and one x position on the version's timelines. */
export interface BatchSummary {
  id: number;
  rowCount: number;
  observedAt: number;
  receivedAt: number;
  columnCount: number;
  driftedCount: number;
  datasetDrift: boolean;
  performance: Record<string, number> | null;
}

/** Every column's statistic per batch, for the drift timeline. */
export interface DriftTimeline {
  batches: { id: number; observedAt: number }[];
  columns: {
    name: string;
    method: DriftMethod;
    /** Per batch, same order as `batches`; null where the batch had no value. */
    values: (number | null)[];
    thresholds: number[];
    drifted: boolean[];
    /** `pvalue` series drift downwards, `distance` series upwards. */
    measures: 'pvalue' | 'distance';
  }[];
}

export interface PerformanceTimeline {
  task: 'classification' | 'regression';
  metrics: { metric: string; evaluation: number | null; points: { batchId: number; observedAt: number; value: number }[] }[];
}

export interface AlertSummary {
  id: number;
  modelName: string;
  version: number;
  kind: AlertKind;
  subject: string;
  severity: AlertSeverity;
  status: AlertStatus;
  message: string;
  occurrences: number;
  firstSeenAt: number;
  lastSeenAt: number;
  lastBatchId: number | null;
  acknowledgedBy: string | null;
  acknowledgedAt: number | null;
  acknowledgeComment: string | null;
  resolvedBy: string | null;
  resolvedAt: number | null;
  resolveComment: string | null;
}

export interface AlertFilters {
  status?: AlertStatus | 'unresolved';
  severity?: AlertSeverity;
  kind?: AlertKind;
  model?: string;
}

export interface AlertCounts {
  open: number;
  acknowledged: number;
  critical: number;
}
