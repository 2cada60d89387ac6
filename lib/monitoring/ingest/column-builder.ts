import type { ColumnData } from './types';
import { IngestError } from './types';
import { decodeUtf8, encodeUtf8 } from './utf8';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** What `take` returns when the scanner has to read the row instead. */
export const BAIL = -1;

/** Collects one column's values row by row; every row adds exactly one value. */
export abstract class ColumnBuilder {
  constructor(readonly name: string) {}

  /** A value given as UTF-8 text (a CSV field, a JSON string): missing tokens, numbers and categories. */
  abstract addField(bytes: Uint8Array, start: number, end: number, row: number): void;
  /** A JSON number. */
  abstract addNumber(value: number, row: number): void;
  abstract addMissing(): void;
  /** Removes the last value added: a row read in part is read again by the slow path. */
  abstract undo(): void;
  abstract finish(rowCount: number): ColumnData;

  /**
   * Reads the CSV field that starts at `start`, where `end` is the end of the bytes at hand; returns
   * where it stops (on the comma, LF or CR after it). Returns BAIL, having added nothing, when the
   * scanner must read the row: a field that runs to `end`, a quoted field with `""` escapes, or text
   * after a closing quote. Builders override this to parse while they look for the field's end.
   */
  take(bytes: Uint8Array, start: number, end: number, row: number): number {
    if (start === end || bytes[start] !== QUOTE) {
      const stop = fieldStop(bytes, start, end);
      if (stop === end) return BAIL;
      this.addField(bytes, start, stop, row);
      return stop;
    }
    let close = start + 1;
    while (close < end && bytes[close] !== QUOTE) close++;
    const stop = close + 1;
    if (stop >= end) return BAIL;
    const b = bytes[stop]!;
    if (b !== COMMA && b !== LF && b !== CR) return BAIL;
    this.addField(bytes, start + 1, close, row);
    return stop;
  }

  addText(text: string, row: number): void {
    const bytes = encodeUtf8(text);
    this.addField(bytes, 0, bytes.length, row);
  }
}

/** The first comma, LF or CR from `start`, or `end`. */
export function fieldStop(bytes: Uint8Array, start: number, end: number): number {
  for (; start < end; start++) {
    const b = bytes[start]!;
    // One comparison rejects nearly every byte: all three delimiters sort at or below the comma.
    if (b <= COMMA && (b === COMMA || b === LF || b === CR)) break;
  }
  return start;
}

const MAX_QUOTED = 60;

export function notANumber(row: number, column: string, bytes: Uint8Array, start: number, end: number): IngestError {
  let text = decodeUtf8(bytes, start, end);
  if (text.length > MAX_QUOTED) text = `${text.slice(0, MAX_QUOTED)}…`;
  return new IngestError(`Row ${row}, column "${column}": "${text}" is not a number.`, { row, column });
}
