/** Plain data the overview's cards render; nothing here is a database row. */

export interface OverviewCounts {
  models: number;
  /** Versions registered since the first of this calendar month (UTC). */
  versionsThisMonth: number;
  /** Models with a version in production. */
  inProduction: number;
  /** Promotion requests still open for decisions: pending and not yet expired. */
  pendingApprovals: number;
  /** Unresolved (open or acknowledged) alerts by severity. */
  openAlerts: { warning: number; critical: number };
}

/** One bucket of a weekly series; weeks start on Monday 00:00 UTC, the last one is the current week. */
export interface Week {
  weekStart: number;
}

export interface ProductionWeek extends Week {
  /** Models with a version in production at the end of the week (for the current week: now). */
  models: number;
}

export interface AlertWeek extends Week {
  opened: number;
  resolved: number;
}

export interface LeadTimeWeek extends Week {
  /** Requests approved or rejected in the week. */
  decisions: number;
  /** Median hours from request to decision; null in a week without decisions. */
  medianHours: number | null;
}

export interface KeyMetric {
  metric: string;
  value: number;
  /** What the version scored in its own evaluation; null when it logged no such metric. */
  evaluation: number | null;
  /** `production`: measured on the latest labelled batch; `evaluation`: only the run's own figure is known. */
  source: 'production' | 'evaluation';
}

export interface DriftStatus {
  datasetDrift: boolean;
  driftedColumns: number;
  columns: number;
  observedAt: number;
}

export interface HealthRow {
  model: string;
  version: number;
  /** When the version last entered production. */
  liveSince: number;
  keyMetric: KeyMetric | null;
  /** The latest monitoring batch's verdict; null when the version is not monitored. */
  drift: DriftStatus | null;
  /** Unresolved alerts across the model's versions, as /alerts?model= lists them. */
  openAlerts: number;
}

/** The overview's production table: the rows it shows, and how many models are in production in all. */
export interface ProductionHealth {
  rows: HealthRow[];
  total: number;
}
