import type { METRIC_DIRECTIONS, ROLLUP_AXES, Stage } from '@/db/schema';

/** What the compare page and its API exchange; plain data, safe to import from client components. */
export type Direction = (typeof METRIC_DIRECTIONS)[number];
export type HistoryAxis = (typeof ROLLUP_AXES)[number];

/** The bounds of the points per line a history window may ask for. */
export const MIN_WINDOW_POINTS = 16;
export const MAX_WINDOW_POINTS = 8000;

export interface ComparedVersion {
  /** `model@version`, as it stands in the URL. */
  ref: string;
  modelName: string;
  version: number;
  /** Short label for legends, e.g. `churn v3`. */
  label: string;
  /** The version's colour in every chart of the page. */
  color: string;
  stage: Stage;
  createdAt: number;
  runUuid: string | null;
}

export interface MetricDelta {
  abs: number;
  /** Null when the baseline is 0. */
  pct: number | null;
}

export interface MetricRow {
  key: string;
  direction: Direction;
  /** One per compared version, in their order; null where a version did not log the metric. */
  values: (number | null)[];
  /** Against the baseline version; null for the baseline itself and where a value is missing. */
  deltas: (MetricDelta | null)[];
  /** Indexes of the versions holding the best value (ties share it); empty when fewer than two values exist. */
  best: number[];
}

export interface DiffRow {
  key: string;
  values: (string | null)[];
  differs: boolean;
}

export interface SignatureRow {
  column: string;
  /** The column's type per version; null where the version lacks the column. */
  types: (string | null)[];
  change: 'same' | 'added' | 'removed' | 'retyped';
}

export interface Comparison {
  versions: ComparedVersion[];
  baseline: number;
  metrics: MetricRow[];
  params: DiffRow[];
  lineage: DiffRow[];
  signature: SignatureRow[];
  /** Metrics with a history (more than one point) in at least one version. */
  historyKeys: string[];
  /** The model whose metric directions rank the comparison (the baseline's), and whether the viewer may change them. */
  directions: { model: string; editable: boolean };
}

export interface HistorySeries {
  ref: string;
  totalPoints: number;
  /**
   * The sampled points as parallel arrays (`x[i]`, `value[i]`), a third the size of one object per
   * point. `x` is the step or the wall time in ms, as asked.
   */
  x: number[];
  value: number[];
}

export interface HistoryWindow {
  metric: string;
  axis: HistoryAxis;
  from: number | null;
  to: number | null;
  series: HistorySeries[];
}

export interface TrendPoint {
  version: number;
  createdAt: number;
  value: number | null;
}
