import { createHash } from 'node:crypto';
import { sourceLocation, type PackageSource } from './package-data';
import type { DemoDataset } from './types';

export type CsvValue = string | number | boolean | null;

/**
 * One fixed spelling per table so the hash identifies the rows, not the serializer: LF line ends, a final
 * LF, numbers in JavaScript's shortest round-trip form, empty field for null, RFC 4180 quoting only when needed.
 */
export function toCanonicalCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [columns.map(formatField), ...rows.map((row) => row.map(formatField))];
  return lines.map((fields) => fields.join(',')).join('\n') + '\n';
}

function formatField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`cannot write ${value} to a canonical CSV`);
  }
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface SplitDescription {
  name: string;
  version: string;
  role: DemoDataset['role'];
  location: string;
  columns: readonly string[];
  rows: readonly (readonly CsvValue[])[];
}

export function describeSplit(split: SplitDescription): DemoDataset {
  return {
    name: split.name,
    version: split.version,
    role: split.role,
    contentHash: sha256Hex(toCanonicalCsv(split.columns, split.rows)),
    rowCount: split.rows.length,
    location: split.location,
  };
}

export interface TrainTestTables<Row> {
  /** Prefix of the dataset names, e.g. `iris` → `iris-train` and `iris-test`. */
  baseName: string;
  source: PackageSource;
  columns: readonly string[];
  toCsvRow: (row: Row) => CsvValue[];
  train: readonly Row[];
  test: readonly Row[];
}

/** Every version of a model shares one split, so their metrics compare on the same held-out rows. */
export function describeTrainTest<Row>(tables: TrainTestTables<Row>): DemoDataset[] {
  const describe = (split: 'train' | 'test', role: DemoDataset['role'], rows: readonly Row[]) =>
    describeSplit({
      name: `${tables.baseName}-${split}`,
      version: tables.source.version,
      role,
      location: sourceLocation(tables.source, split),
      columns: tables.columns,
      rows: rows.map(tables.toCsvRow),
    });
  return [describe('train', 'training', tables.train), describe('test', 'evaluation', tables.test)];
}
