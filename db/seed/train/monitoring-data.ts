import { toCanonicalCsv, type CsvValue } from './canonical-csv';
import type { DemoMonitoring, MonitoringBatch } from './types';

/**
 * Above this many reference rows the monitoring defaults switch from tests (KS, chi-square) to distances
 * (lib/monitoring/policy.ts); the demo reference stays below it so its alerts come with p-values.
 */
export const MAX_REFERENCE_ROWS = 1_000;

export interface MonitoringSource<Row> {
  versionIndex: number;
  featureNames: readonly string[];
  features: (row: Row) => CsvValue[];
  /** ISO day (`2014-01-31`): production rows are batched by its month. */
  date: (row: Row) => string;
  label: (row: Row) => string;
  /** What the monitored version answers for each row, in order. */
  predict: (rows: readonly Row[]) => string[];
  /** The rows the version was trained on. */
  reference: readonly Row[];
  production: readonly Row[];
}

function byMonth<Row>(rows: readonly Row[], date: (row: Row) => string): Map<string, Row[]> {
  const months = new Map<string, Row[]>();
  for (const row of [...rows].sort((a, b) => date(a).localeCompare(date(b)))) {
    const month = date(row).slice(0, 7);
    const group = months.get(month);
    if (group) group.push(row);
    else months.set(month, [row]);
  }
  return months;
}

function firstOfMonth(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) throw new RangeError(`not a YYYY-MM month: ${month}`);
  return Date.UTC(year, monthNumber - 1, 1);
}

/** Production traffic replayed as one batch per calendar month, each scored by the monitored version. */
export function buildMonitoring<Row>(source: MonitoringSource<Row>): DemoMonitoring {
  if (source.reference.length > MAX_REFERENCE_ROWS) {
    throw new RangeError(`reference has ${source.reference.length} rows, more than ${MAX_REFERENCE_ROWS}`);
  }
  const reference = [...source.reference].sort((a, b) => source.date(a).localeCompare(source.date(b)));
  const scored = (rows: readonly Row[]) => {
    const predictions = source.predict(rows);
    if (predictions.length !== rows.length) throw new RangeError(`${predictions.length} predictions for ${rows.length} rows`);
    return rows.map((row, i) => [...source.features(row), predictions[i] as string]);
  };
  const referenceRows = scored(reference).map((row, i) => [...row, source.label(reference[i] as Row)]);
  const batches = [...byMonth(source.production, source.date)].map(
    ([month, rows]): MonitoringBatch => ({
      month,
      observedAt: firstOfMonth(month),
      csv: toCanonicalCsv([...source.featureNames, 'prediction'], scored(rows)),
      labels: toCanonicalCsv(['label'], rows.map((row) => [source.label(row)])),
    }),
  );
  return {
    versionIndex: source.versionIndex,
    reference: toCanonicalCsv([...source.featureNames, 'prediction', 'label'], referenceRows),
    predictionColumn: 'prediction',
    labelColumn: 'label',
    batches,
  };
}
