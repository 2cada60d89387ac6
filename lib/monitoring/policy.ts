import { z } from 'zod';

/** The drift statistics a column can be judged by. */
export const DRIFT_METHODS = ['ks', 'wasserstein', 'psi', 'jensenshannon', 'chisquare', 'ztest'] as const;
export type DriftMethod = (typeof DRIFT_METHODS)[number];
export type ColumnKind = 'numeric' | 'categorical';

interface MethodRule {
  /** A p-value drifts when small; a distance drifts when large. */
  measures: 'pvalue' | 'distance';
  defaultThreshold: number;
  /** Whether the threshold itself counts as drift (KS: p ≤ 0.05; chi-square and z: p < 0.05). */
  inclusive: boolean;
  kinds: readonly ColumnKind[];
}

export const METHOD_RULES: Record<DriftMethod, MethodRule> = {
  ks: { measures: 'pvalue', defaultThreshold: 0.05, inclusive: true, kinds: ['numeric'] },
  chisquare: { measures: 'pvalue', defaultThreshold: 0.05, inclusive: false, kinds: ['categorical', 'numeric'] },
  ztest: { measures: 'pvalue', defaultThreshold: 0.05, inclusive: false, kinds: ['categorical', 'numeric'] },
  wasserstein: { measures: 'distance', defaultThreshold: 0.1, inclusive: true, kinds: ['numeric'] },
  jensenshannon: { measures: 'distance', defaultThreshold: 0.1, inclusive: true, kinds: ['categorical', 'numeric'] },
  psi: { measures: 'distance', defaultThreshold: 0.1, inclusive: true, kinds: ['categorical', 'numeric'] },
};

/** Up to this many reference rows the defaults use tests (KS, chi-square, z); above it, distances. */
export const SMALL_REFERENCE_ROWS = 1_000;
/** A numeric column needs more distinct values than this to be treated as continuous. */
export const CONTINUOUS_DISTINCT = 5;
export const DEFAULT_DATASET_DRIFT_SHARE = 0.5;

const methodSetting = z
  .strictObject({
    method: z.enum(DRIFT_METHODS).optional(),
    threshold: z.number().finite().positive().optional(),
  })
  .refine((s) => !(s.method && s.threshold !== undefined && METHOD_RULES[s.method].measures === 'pvalue' && s.threshold >= 1), {
    message: 'A p-value threshold is below 1: at 1 or more every column would drift.',
    path: ['threshold'],
  });

/**
 * A model's monitoring policy: method and threshold per column or per column type, the critical
 * columns, the share of drifted columns that makes the dataset drift, and the bounds of each
 * performance metric. Every drift report stores the policy it was computed with.
 */
export const monitoringPolicySchema = z.strictObject({
  columns: z.record(z.string().min(1).max(250), methodSetting).default({}),
  types: z.strictObject({ numeric: methodSetting.optional(), categorical: methodSetting.optional() }).default({}),
  critical: z.array(z.string().min(1).max(250)).max(1000).default([]),
  datasetDriftShare: z.number().gt(0).lte(1).default(DEFAULT_DATASET_DRIFT_SHARE),
  performance: z
    .record(z.string().min(1).max(250), z.strictObject({ min: z.number().finite().optional(), max: z.number().finite().optional() }))
    .default({}),
});
export type MonitoringPolicy = z.infer<typeof monitoringPolicySchema>;

export const DEFAULT_POLICY: MonitoringPolicy = monitoringPolicySchema.parse({});

export interface ColumnProfile {
  name: string;
  kind: ColumnKind;
  /** Distinct non-missing values in the reference. */
  distinct: number;
}

export interface MethodChoice {
  method: DriftMethod;
  threshold: number;
  /** Where the choice came from, for the report. */
  source: 'column' | 'type' | 'default';
}

/**
 * The default as Evidently's users know it: a small reference (≤ 1,000 rows) is tested (KS for a
 * continuous numeric column; a z-test for a column of exactly two values; chi-square otherwise); a
 * larger one is measured (normed Wasserstein for a continuous numeric column, Jensen–Shannon otherwise).
 */
export function defaultMethod(column: ColumnProfile, referenceRows: number): DriftMethod {
  const continuous = column.kind === 'numeric' && column.distinct > CONTINUOUS_DISTINCT;
  if (referenceRows <= SMALL_REFERENCE_ROWS) return continuous ? 'ks' : column.distinct === 2 ? 'ztest' : 'chisquare';
  return continuous ? 'wasserstein' : 'jensenshannon';
}

const usable = (method: DriftMethod, column: ColumnProfile) => METHOD_RULES[method].kinds.includes(column.kind) && (method !== 'ztest' || column.distinct === 2);

/**
 * The policy's method for a column: its own, else its type's, else the default; a method that cannot
 * judge the column (KS on categories, a z-test on more than two values) falls back to the default.
 * The threshold is the column's own, else the one set with the chosen method, else its type's, else
 * the method's default.
 */
export function chooseMethod(column: ColumnProfile, referenceRows: number, policy: MonitoringPolicy): MethodChoice {
  const own = Object.hasOwn(policy.columns, column.name) ? policy.columns[column.name] : undefined;
  const byType = policy.types[column.kind];
  const picked = [
    { setting: own, source: 'column' as const },
    { setting: byType, source: 'type' as const },
  ].find(({ setting }) => setting?.method !== undefined && usable(setting.method, column));
  const method = picked?.setting?.method ?? defaultMethod(column, referenceRows);
  const threshold = own?.threshold ?? picked?.setting?.threshold ?? byType?.threshold ?? METHOD_RULES[method].defaultThreshold;
  return { method, threshold, source: picked?.source ?? 'default' };
}

/** Whether a statistic crosses its threshold: a p-value at or below it (strictly below for chi-square and z), a distance at or above it. */
export function isDrift(method: DriftMethod, value: number, threshold: number): boolean {
  const rule = METHOD_RULES[method];
  if (Number.isNaN(value)) return false;
  if (rule.measures === 'pvalue') return rule.inclusive ? value <= threshold : value < threshold;
  return value >= threshold;
}

/** The dataset drifts when at least `share` of its columns drift. */
export const datasetDrifts = (drifted: number, columns: number, share: number): boolean => columns > 0 && drifted / columns >= share;

/** Performance metrics outside their policy bounds, with the bound each crossed. */
export interface PerformanceBreach {
  metric: string;
  value: number;
  bound: 'min' | 'max';
  limit: number;
}

export function performanceBreaches(metrics: Record<string, number>, policy: MonitoringPolicy): PerformanceBreach[] {
  return Object.entries(policy.performance).flatMap(([metric, { min, max }]): PerformanceBreach[] => {
    const value = metrics[metric];
    if (value === undefined || !Number.isFinite(value)) return [];
    if (min !== undefined && value < min) return [{ metric, value, bound: 'min', limit: min }];
    if (max !== undefined && value > max) return [{ metric, value, bound: 'max', limit: max }];
    return [];
  });
}
