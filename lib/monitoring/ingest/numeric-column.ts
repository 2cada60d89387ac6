import { BAIL, ColumnBuilder, notANumber } from './column-builder';
import { PlainDecimalReader, parseDecimal } from './decimal';
import { grow, trimmed } from './grow';
import { isMissing } from './missing';
import type { NumericData } from './types';
import { encodeUtf8 } from './utf8';

const COMMA = 44;
const LF = 10;
const CR = 13;

/** A column the reference declares numeric: every present value must be a finite decimal. */
export class NumericColumn extends ColumnBuilder {
  private values = new Float64Array(1024);
  private length = 0;
  private missing = 0;
  private readonly reader = new PlainDecimalReader();

  take(bytes: Uint8Array, start: number, end: number, row: number): number {
    const value = this.reader.read(bytes, start, end);
    const stop = this.reader.stop;
    if (stop === end) return BAIL;
    const b = bytes[stop]!;
    if (value === value && (b === COMMA || b === LF || b === CR)) {
      this.push(value);
      return stop;
    }
    return super.take(bytes, start, end, row);
  }

  addField(bytes: Uint8Array, start: number, end: number, row: number): void {
    const value = parseDecimal(bytes, start, end);
    if (value === value) return this.push(value);
    if (!isMissing(bytes, start, end)) throw notANumber(row, this.name, bytes, start, end);
    this.addMissing();
  }

  addNumber(value: number, row: number): void {
    if (value - value === 0) return this.push(value);
    const bytes = encodeUtf8(String(value));
    throw notANumber(row, this.name, bytes, 0, bytes.length);
  }

  addMissing(): void {
    this.missing++;
    this.push(NaN);
  }

  undo(): void {
    const value = this.values[--this.length]!;
    if (value !== value) this.missing--;
  }

  finish(rowCount: number): NumericData {
    return { kind: 'numeric', name: this.name, values: trimmed(this.values, rowCount), missing: this.missing };
  }

  private push(value: number): void {
    if (this.length === this.values.length) this.values = grow(this.values, this.length + 1);
    this.values[this.length++] = value;
  }
}
