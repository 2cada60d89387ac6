/**
 * Judges one production batch against its reference under a policy: each feature and the prediction
 * column gets the policy's method, its figure, a verdict, its missing rate next to the reference's,
 * the categories the reference never had (which alone make a column drift) and the distributions to chart.
 */

import type { ReferenceColumnInfo } from '@/db/schema/monitoring';
import { type Statistic, categoricalStatistic, numericStatistic } from '../drift/statistic';
import type { ColumnData } from '../ingest';
import { sortFinite } from '../ingest';
import { type DriftMethod, type MonitoringPolicy, chooseMethod, isDrift } from '../policy';
import type { ColumnVerdict, Distribution } from '../types';
import { categoryBars, histogram } from './distribution';
import { type ReferenceColumnData, countCategories, numberCategory } from './reference-profile';


export interface ReferenceSnapshot {
  rowCount: number;
  columns: ReferenceColumnInfo[];
  data: ReferenceColumnData[];
}

/** The count of every category of a batch column, numbers read as the reference counted them. */
function currentCounts(column: ColumnData): Map<string, number> {
  if (column.kind === 'categorical') return countCategories(column);
  const counts = new Map<string, number>();
  for (const v of column.values) if (!Number.isNaN(v)) counts.set(numberCategory(v), (counts.get(numberCategory(v)) ?? 0) + 1);
  return counts;
}

interface Figure {
  statistic: Statistic | null;
  unseen: string[];
  distribution: Distribution;
  /** Values present on each side. */
  sizes: [number, number];
}

function numericFigure(method: DriftMethod, reference: Float64Array, column: ColumnData): Figure {
  const current = column.kind === 'numeric' ? sortFinite(column.values) : new Float64Array(0);
  const judged = reference.length > 0 && current.length > 0;
  return {
    statistic: judged ? numericStatistic(method, reference, current) : null,
    unseen: [],
    distribution: reference.length + current.length > 0 ? histogram(reference, current) : { kind: 'histogram', edges: [], reference: [], current: [] },
    sizes: [reference.length, current.length],
  };
}

function categoricalFigure(method: DriftMethod, referenceCounts: Record<string, number>, column: ColumnData): Figure {
  const reference = new Map(Object.entries(referenceCounts));
  const current = currentCounts(column);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const judged = reference.size > 0 && current.size > 0;
  return {
    statistic: judged ? categoricalStatistic(method, reference, current) : null,
    unseen: [...current.keys()].filter((label) => !reference.has(label)).sort(),
    distribution: categoryBars(reference, current),
    sizes: [total(reference), total(current)],
  };
}

function judgeColumn(info: ReferenceColumnInfo, data: ReferenceColumnData, column: ColumnData, rowCount: number, reference: ReferenceSnapshot, policy: MonitoringPolicy): ColumnVerdict {
  const choice = chooseMethod({ name: info.name, kind: info.kind, distinct: info.distinct }, reference.rowCount, policy);
  const figure =
    info.kind === 'numeric' ? numericFigure(choice.method, data.sorted ?? new Float64Array(0), column) : categoricalFigure(choice.method, data.counts ?? {}, column);
  const [referenceValues, currentValues] = figure.sizes;
  const extras: Record<string, number | string> = { ...figure.statistic?.extras, referenceValues, currentValues };
  // A column the batch left entirely empty has changed beyond what any statistic measures.
  if (currentValues === 0 && referenceValues > 0) extras.reason = 'The batch has no value in this column.';
  if (referenceValues === 0) extras.reason = 'The reference has no value in this column.';
  const value = figure.statistic?.value ?? null;
  const drifted = (value !== null && isDrift(choice.method, value, choice.threshold)) || figure.unseen.length > 0 || (currentValues === 0 && referenceValues > 0);
  return {
    name: info.name,
    role: info.role,
    kind: info.kind,
    method: choice.method,
    threshold: choice.threshold,
    source: choice.source,
    value,
    drifted,
    critical: policy.critical.includes(info.name),
    missingRate: rowCount > 0 ? (rowCount - currentValues) / rowCount : 0,
    referenceMissingRate: reference.rowCount > 0 ? info.missing / reference.rowCount : 0,
    unseen: figure.unseen,
    distribution: figure.distribution,
    extras,
  };
}

/** The columns a batch is judged on: every feature and the prediction; labels are not a drift subject. */
export const judgedColumns = (reference: ReferenceSnapshot) => reference.columns.filter((info) => info.role !== 'label');

/** The judged columns (or only those named), in reference order; the batch must hold each of them. */
export function judgeBatch(reference: ReferenceSnapshot, batch: { rowCount: number; columns: ColumnData[] }, policy: MonitoringPolicy, only?: ReadonlySet<string>): ColumnVerdict[] {
  const byName = new Map(batch.columns.map((c) => [c.name, c]));
  const dataByName = new Map(reference.data.map((d) => [d.name, d]));
  return judgedColumns(reference)
    .filter((info) => !only || only.has(info.name))
    .map((info) => judgeColumn(info, dataByName.get(info.name)!, byName.get(info.name)!, batch.rowCount, reference, policy));
}

/**
 * Splits the judged columns into two shares of about equal work for two threads: a numeric column
 * (sorted, then merged) costs several times a categorical one (counted).
 */
export function splitColumns(reference: ReferenceSnapshot): [Set<string>, Set<string>] {
  const shares: [Set<string>, Set<string>] = [new Set(), new Set()];
  const load = [0, 0];
  const cost = (kind: string) => (kind === 'numeric' ? 4 : 1);
  const columns = [...judgedColumns(reference)].sort((a, b) => cost(b.inferredKind) - cost(a.inferredKind));
  for (const info of columns) {
    const lighter = load[0]! <= load[1]! ? 0 : 1;
    shares[lighter].add(info.name);
    load[lighter]! += cost(info.inferredKind);
  }
  return shares;
}
