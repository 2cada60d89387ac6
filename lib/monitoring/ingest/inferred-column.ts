import { BytePool } from './byte-pool';
import { CategoricalColumn } from './categorical-column';
import { BAIL, ColumnBuilder } from './column-builder';
import { PlainDecimalReader, fixedDigits, parseDecimal, spellsShortest } from './decimal';
import { grow, trimmed } from './grow';
import { isMissing } from './missing';
import type { ColumnData } from './types';

const COMMA = 44;
const LF = 10;
const CR = 13;

/** How to get a value's original text back, one byte per row, should the column turn categorical. */
const VERBATIM = 0; // the text is the next entry of `verbatim`
const SHORTEST = 1; // String(value)
const FIXED = 2; // value.toFixed(format - FIXED)

/**
 * A column of a reference upload, whose kind is not known in advance: numeric while every present
 * value is a finite decimal, categorical (with every value's original text) from the first one that
 * is not. Keeping all texts in case would cost as much as the upload; instead each number keeps one
 * format byte, and only texts that no format rebuilds (`1e-3`, `+2`, `007`) are kept as bytes.
 */
export class InferredColumn extends ColumnBuilder {
  private values = new Float64Array(1024);
  private formats = new Uint8Array(1024);
  private length = 0;
  private missing = 0;
  private verbatim = new BytePool();
  private categorical: CategoricalColumn | null = null;
  private readonly reader = new PlainDecimalReader();

  take(bytes: Uint8Array, start: number, end: number, row: number): number {
    if (this.categorical) return this.categorical.take(bytes, start, end, row);
    const value = this.reader.read(bytes, start, end);
    const stop = this.reader.stop;
    if (stop === end) return BAIL;
    const b = bytes[stop];
    if (value !== value || (b !== COMMA && b !== LF && b !== CR)) return super.take(bytes, start, end, row);
    this.addNumberText(value, bytes, start, stop);
    return stop;
  }

  addField(bytes: Uint8Array, start: number, end: number): void {
    if (this.categorical) return this.categorical.addField(bytes, start, end);
    const value = parseDecimal(bytes, start, end);
    if (value === value) return this.addNumberText(value, bytes, start, end);
    if (isMissing(bytes, start, end)) return this.addMissing();
    // A copy: the replay encodes text into the same scratch buffer `addText` may have passed here.
    const field = bytes.slice(start, end);
    this.becomeCategorical().addField(field, 0, field.length);
  }

  /** A number, with the cheapest way to rebuild `bytes[start, end)`, its text. */
  private addNumberText(value: number, bytes: Uint8Array, start: number, end: number): void {
    const digits = fixedDigits(bytes, start, end);
    if (digits >= 0) return this.push(value, FIXED + digits);
    if (spellsShortest(bytes, start, end, value)) return this.push(value, SHORTEST);
    this.verbatim.append(bytes, start, end);
    this.push(value, VERBATIM);
  }

  addNumber(value: number, row: number): void {
    if (this.categorical || value - value !== 0) return this.addText(String(value), row);
    this.push(value, SHORTEST);
  }

  addMissing(): void {
    if (this.categorical) return this.categorical.addMissing();
    this.missing++;
    this.push(NaN, VERBATIM);
  }

  undo(): void {
    if (this.categorical) return this.categorical.undo();
    const value = this.values[--this.length]!;
    if (value !== value) this.missing--;
    else if (this.formats[this.length] === VERBATIM) this.verbatim.pop();
  }

  finish(rowCount: number): ColumnData {
    // A column with no value at all has no evidence of being numeric.
    if (!this.categorical && this.missing === rowCount) this.becomeCategorical();
    if (this.categorical) return this.categorical.finish(rowCount);
    return { kind: 'numeric', name: this.name, values: trimmed(this.values, rowCount), missing: this.missing };
  }

  private push(value: number, format: number): void {
    if (this.length === this.values.length) {
      this.values = grow(this.values, this.length + 1);
      this.formats = grow(this.formats, this.length + 1);
    }
    this.formats[this.length] = format;
    this.values[this.length++] = value;
  }

  /** Replays the rows so far as text, then drops the numeric buffers. */
  private becomeCategorical(): CategoricalColumn {
    const column = new CategoricalColumn(this.name);
    const pool = this.verbatim;
    let next = 0;
    for (let row = 0; row < this.length; row++) {
      const value = this.values[row]!;
      const format = this.formats[row]!;
      if (value !== value) column.addMissing();
      else if (format === VERBATIM) column.addField(pool.bytes, pool.start(next), pool.end(next++));
      else column.addText(format === SHORTEST ? String(value) : value.toFixed(format - FIXED), row + 1);
    }
    this.values = new Float64Array(0);
    this.formats = new Uint8Array(0);
    this.verbatim = new BytePool();
    this.categorical = column;
    return column;
  }
}
