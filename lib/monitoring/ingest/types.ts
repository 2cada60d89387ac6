// Pure TypeScript: this module runs in a Node worker thread and in Vitest, never imports I/O.

export type ColumnKind = 'numeric' | 'categorical';
export type TableFormat = 'csv' | 'json' | 'ndjson';

export interface ExpectedColumn {
  name: string;
  kind: ColumnKind;
  /** may be absent from the upload (e.g. labels) */
  optional?: boolean;
}

export interface NumericData {
  kind: 'numeric';
  name: string;
  /** NaN marks a missing value */
  values: Float64Array;
  missing: number;
}

export interface CategoricalData {
  kind: 'categorical';
  name: string;
  /** -1 marks a missing value */
  codes: Int32Array;
  /** code -> original text */
  dictionary: string[];
  missing: number;
}

export type ColumnData = NumericData | CategoricalData;

export interface ParsedTable {
  rowCount: number;
  /** In the upload's header order. */
  columns: ColumnData[];
}

/** Bad input: `row` is the 1-based data row (header excluded), `column` the column name, when known. */
export class IngestError extends Error {
  readonly row?: number;
  readonly column?: string;

  constructor(message: string, detail?: { row?: number; column?: string }) {
    super(message);
    this.name = 'IngestError';
    if (detail?.row !== undefined) this.row = detail.row;
    if (detail?.column !== undefined) this.column = detail.column;
  }
}

export interface TableParser {
  push(chunk: Uint8Array): void;
  finish(): ParsedTable;
}
