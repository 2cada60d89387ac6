import type { ColumnBuilder } from './column-builder';
import { createColumns, finishTable } from './columns';
import { BAD_QUOTE, CsvScanner, NEED_MORE, ROW } from './csv-scanner';
import { grow } from './grow';
import { type ExpectedColumn, IngestError, type ParsedTable, type TableParser } from './types';
import { decodeUtf8 } from './utf8';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * CSV with a header row. The bytes of an unfinished row wait in `pending` with the next chunk
 * appended behind them. Two paths read rows: nearly every row is read in one pass by `readLine`, each
 * column parsing its field as it finds the comma; the rest (the header, `""` escapes, a row cut by
 * the chunk's end, errors) go through `CsvScanner`, which does all of RFC 4180 and resumes across
 * chunks. Both read the same bytes the same way, so a result never depends on where chunks split.
 */
export class CsvParser implements TableParser {
  private readonly scanner = new CsvScanner();
  private pending = new Uint8Array(0);
  private pendingLength = 0;
  private columns: ColumnBuilder[] | null = null;
  private rowCount = 0;
  private unescaped = new Uint8Array(256);

  constructor(private readonly expected?: ExpectedColumn[]) {}

  push(chunk: Uint8Array): void {
    let bytes = chunk;
    let end = chunk.length;
    if (this.pendingLength > 0) {
      end = this.pendingLength + chunk.length;
      if (end > this.pending.length) this.pending = grow(this.pending, end);
      this.pending.set(chunk, this.pendingLength);
      bytes = this.pending;
    }
    const scanner = this.scanner;
    let rowStart = 0;
    for (;;) {
      if (this.columns !== null && scanner.atRowStart()) {
        let pos = scanner.pos;
        while (pos < end && (bytes[pos] === LF || bytes[pos] === CR)) pos++;
        rowStart = scanner.pos = pos;
        if (pos === end) break;
        const next = this.readLine(this.columns, bytes, pos, end);
        if (next >= 0) {
          rowStart = scanner.pos = next;
          continue;
        }
      }
      const status = scanner.scan(bytes, end);
      if (status === NEED_MORE) break;
      if (status === BAD_QUOTE) throw this.quoteError('has text after a closing quote');
      this.addRow(bytes);
      rowStart = scanner.pos;
    }
    this.keep(bytes, rowStart, end);
  }

  finish(): ParsedTable {
    const status = this.scanner.finish(this.pendingLength);
    if (status === BAD_QUOTE) throw this.quoteError('has a quoted field that is never closed');
    if (status === ROW) this.addRow(this.pending);
    return finishTable(this.columns, this.rowCount);
  }

  private keep(bytes: Uint8Array, from: number, end: number): void {
    const length = end - from;
    if (bytes === this.pending) this.pending.copyWithin(0, from, end);
    else {
      if (length > this.pending.length) this.pending = grow(this.pending, length);
      this.pending.set(bytes.subarray(from, end));
    }
    this.pendingLength = length;
    this.scanner.rebase(from);
  }

  /**
   * The fast path: each column reads its own field, parsing as it looks for the comma. Returns where
   * the next row starts, or -1 after taking back what it added when the row needs the scanner: a field
   * a column cannot take (see `ColumnBuilder.take`), the wrong number of fields or a bad value (the
   * scanner then reports the same error whatever the chunking).
   */
  private readLine(columns: ColumnBuilder[], bytes: Uint8Array, start: number, end: number): number {
    const row = this.rowCount + 1;
    let pos = start;
    let added = 0;
    try {
      for (;;) {
        const stop = columns[added]!.take(bytes, pos, end, row);
        if (stop < 0) break;
        added++;
        pos = stop + 1;
        // The last field must end the line, and no other may.
        const endsLine = bytes[stop] !== COMMA;
        if (endsLine || added === columns.length) {
          if (!endsLine || added < columns.length) break;
          this.rowCount = row;
          return pos;
        }
      }
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
    }
    for (let i = 0; i < added; i++) columns[i]!.undo();
    return -1;
  }

  private addRow(bytes: Uint8Array): void {
    const { starts, ends, escaped, fieldCount } = this.scanner;
    const columns = this.columns;
    if (columns === null) {
      const names: string[] = [];
      for (let i = 0; i < fieldCount; i++) names.push(decodeUtf8(...this.field(bytes, i)).trim());
      this.columns = createColumns(names, this.expected);
      return;
    }
    const row = ++this.rowCount;
    if (fieldCount !== columns.length) throw this.raggedError(fieldCount);
    for (let i = 0; i < fieldCount; i++) {
      if (escaped[i] === 0) columns[i]!.addField(bytes, starts[i]!, ends[i]!, row);
      else columns[i]!.addField(...this.field(bytes, i), row);
    }
  }

  /** Field `i` of the scanned row as bytes, with `""` turned back into `"`. */
  private field(bytes: Uint8Array, i: number): [Uint8Array, number, number] {
    const start = this.scanner.starts[i]!;
    const end = this.scanner.ends[i]!;
    if (this.scanner.escaped[i] === 0) return [bytes, start, end];
    if (end - start > this.unescaped.length) this.unescaped = grow(this.unescaped, end - start);
    const out = this.unescaped;
    let length = 0;
    for (let j = start; j < end; j++) {
      const b = bytes[j]!;
      out[length++] = b;
      // Inside an escaped field every quote is doubled.
      if (b === QUOTE) j++;
    }
    return [out, 0, length];
  }

  private raggedError(fields: number): IngestError {
    const row = this.rowCount;
    const header = this.columns?.length ?? 0;
    return new IngestError(`Row ${row} has ${fields} ${fields === 1 ? 'field' : 'fields'}; the header has ${header}.`, { row });
  }

  private quoteError(problem: string): IngestError {
    if (this.columns === null) return new IngestError(`The header ${problem}.`);
    const row = this.rowCount + 1;
    return new IngestError(`Row ${row} ${problem}.`, { row });
  }
}
