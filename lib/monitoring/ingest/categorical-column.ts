import { ByteDictionary } from './byte-dictionary';
import { BAIL, ColumnBuilder } from './column-builder';
import { grow, trimmed } from './grow';
import { isMissing } from './missing';
import type { CategoricalData } from './types';

const COMMA = 44;
const UPPER_N = 78;
const LOWER_N = 110;

/** A column of category codes; numbers count as their text. */
export class CategoricalColumn extends ColumnBuilder {
  private codes = new Int32Array(1024);
  private length = 0;
  private missing = 0;
  private readonly dictionary = new ByteDictionary();

  take(bytes: Uint8Array, start: number, end: number, row: number): number {
    if (start === end) return BAIL;
    const first = bytes[start]!;
    // Only a field that is empty or starts with a blank, N or n can be a missing value; a quote
    // sorts below the comma too. The general path reads these.
    if (first <= COMMA || first === UPPER_N || first === LOWER_N) return super.take(bytes, start, end, row);
    const code = this.dictionary.internField(bytes, start, end);
    if (code < 0) return BAIL;
    this.push(code);
    return this.dictionary.fieldStop;
  }

  addField(bytes: Uint8Array, start: number, end: number): void {
    if (isMissing(bytes, start, end)) return this.addMissing();
    this.push(this.dictionary.intern(bytes, start, end));
  }

  addNumber(value: number, row: number): void {
    this.addText(String(value), row);
  }

  addMissing(): void {
    this.missing++;
    this.push(-1);
  }

  undo(): void {
    if (this.codes[--this.length] === -1) this.missing--;
  }

  finish(rowCount: number): CategoricalData {
    return {
      kind: 'categorical',
      name: this.name,
      codes: trimmed(this.codes, rowCount),
      dictionary: this.dictionary.values,
      missing: this.missing,
    };
  }

  private push(code: number): void {
    if (this.length === this.codes.length) this.codes = grow(this.codes, this.length + 1);
    this.codes[this.length++] = code;
  }
}
