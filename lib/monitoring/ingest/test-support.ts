// Helpers for this directory's tests (not a test file itself).
import { mulberry32 } from '@/db/seed/train/seeded-random';
import { createTableParser } from './index';
import type { ColumnData, ExpectedColumn, ParsedTable, TableFormat } from './types';

export interface ParseOptions {
  format?: TableFormat;
  expected?: ExpectedColumn[];
}

/** Seeded, so a failing random case can be replayed. */
export const random = mulberry32;

export function parseChunks(chunks: Uint8Array[], options: ParseOptions = {}): ParsedTable {
  const parser = createTableParser({ format: options.format ?? 'csv', expected: options.expected });
  for (const chunk of chunks) parser.push(chunk);
  return parser.finish();
}

export function parse(input: string | Uint8Array, options: ParseOptions = {}): ParsedTable {
  return parseChunks([typeof input === 'string' ? new TextEncoder().encode(input) : input], options);
}

/** `bytes` cut at random places into pieces of 0 to `maxPiece` bytes. */
export function randomPieces(bytes: Uint8Array, next: () => number, maxPiece: number): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = Math.floor(next() * (maxPiece + 1));
    pieces.push(bytes.slice(at, at + size));
    at += size;
  }
  return pieces;
}

/** The error `run` throws, for comparing failures. */
export function thrown(run: () => unknown): { name: string; message: string; row?: number; column?: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    const { name, message, row, column } = error as { name: string; message: string; row?: number; column?: string };
    return { name, message, row, column };
  }
}

/** A column as plain values (null for missing), for `toEqual`. */
export function values(column: ColumnData | undefined): (number | string | null)[] {
  if (!column) throw new Error('no such column');
  if (column.kind === 'numeric') return Array.from(column.values, (value) => (Number.isNaN(value) ? null : value));
  return Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code]!));
}

/** The whole table as plain data, typed arrays included, for comparing two parses exactly. */
export function snapshot(table: ParsedTable): unknown {
  return {
    rowCount: table.rowCount,
    columns: table.columns.map((column) =>
      column.kind === 'numeric'
        ? { ...column, values: Array.from(column.values, (value) => (Object.is(value, -0) ? '-0' : Number.isNaN(value) ? 'NaN' : value)) }
        : { ...column, codes: Array.from(column.codes) },
    ),
  };
}
