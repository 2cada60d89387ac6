import type { ColumnBuilder } from './column-builder';
import { createColumns, finishTable } from './columns';
import { ArraySplitter, LineSplitter } from './json-splitter';
import { type ExpectedColumn, IngestError, type ParsedTable, type TableParser } from './types';
import { decodeUtf8 } from './utf8';

const isSpace = (b: number) => b === 32 || b === 10 || b === 13 || b === 9;

/**
 * JSON objects as rows: a top-level array (`json`) or one object per line (`ndjson`). Each record is
 * cut out of the byte stream and parsed on its own, so the upload is never held whole. The first
 * object's keys are the columns; a later object may leave a key out (a missing value) but not add one.
 */
export class JsonParser implements TableParser {
  private readonly splitter: ArraySplitter | LineSplitter;
  private columns: ColumnBuilder[] | null = null;
  private readonly index = new Map<string, number>();
  /** The last row that gave each column a value. */
  private filled = new Int32Array(0);
  private rowCount = 0;

  constructor(format: 'json' | 'ndjson', private readonly expected?: ExpectedColumn[]) {
    const sink = (bytes: Uint8Array, start: number, end: number) => this.addRecord(bytes, start, end);
    this.splitter = format === 'json' ? new ArraySplitter(sink) : new LineSplitter(sink);
  }

  push(chunk: Uint8Array): void {
    this.splitter.push(chunk);
  }

  finish(): ParsedTable {
    this.splitter.finish();
    return finishTable(this.columns, this.rowCount);
  }

  private addRecord(bytes: Uint8Array, start: number, end: number): void {
    while (start < end && isSpace(bytes[start]!)) start++;
    if (start === end) return; // a blank ndjson line
    const row = this.rowCount + 1;
    let record: unknown;
    try {
      record = JSON.parse(decodeUtf8(bytes, start, end));
    } catch {
      throw new IngestError(`Row ${row} is not valid JSON.`, { row });
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new IngestError(`Row ${row} is not a JSON object.`, { row });
    }
    const fields = record as Record<string, unknown>;
    const columns = this.columns ?? this.createColumns(Object.keys(fields), row);
    this.rowCount = row;
    for (const key in fields) {
      const index = this.index.get(key);
      if (index === undefined) throw new IngestError(`Row ${row} has key "${key}", which the first row does not.`, { row, column: key });
      this.filled[index] = row;
      addValue(columns[index]!, fields[key], row);
    }
    for (let i = 0; i < columns.length; i++) if (this.filled[i] !== row) columns[i]!.addMissing();
  }

  private createColumns(keys: string[], row: number): ColumnBuilder[] {
    if (keys.length === 0) throw new IngestError(`Row ${row} is an empty object, but the first row names the columns.`, { row });
    const columns = createColumns(keys, this.expected);
    keys.forEach((key, i) => this.index.set(key, i));
    this.filled = new Int32Array(keys.length);
    this.columns = columns;
    return columns;
  }
}

function addValue(column: ColumnBuilder, value: unknown, row: number): void {
  switch (typeof value) {
    case 'number':
      return column.addNumber(value, row);
    // Strings get the same rules as CSV text, so a table reads the same whichever format carried it.
    case 'string':
      return column.addText(value, row);
    case 'boolean':
      return column.addText(value ? 'true' : 'false', row);
    default:
      if (value === null) return column.addMissing();
      throw new IngestError(`Row ${row}, column "${column.name}": nested objects and arrays are not allowed.`, {
        row,
        column: column.name,
      });
  }
}
