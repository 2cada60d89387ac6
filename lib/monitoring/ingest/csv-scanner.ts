import { grow } from './grow';

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Just past a quote inside a quoted field: a second quote escapes it, anything else closes the field. */
const AFTER_QUOTE = 3;

export const NEED_MORE = 0;
export const ROW = 1;
/** Text after a closing quote, or (at the end) a quoted field never closed. */
export const BAD_QUOTE = 2;

/**
 * Finds the fields of one CSV row at a time (RFC 4180) as byte offsets into the caller's buffer. It
 * resumes where the bytes ran out, so a row split across chunks is scanned once; the caller keeps the
 * bytes of the unfinished row and calls `rebase` when it moves them. CR, LF and CRLF all end a row,
 * and an empty line is skipped, which also swallows the LF of a CRLF.
 */
export class CsvScanner {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** 1 when a quoted field holds `""` escapes to undo. */
  escaped = new Uint8Array(64);
  fieldCount = 0;
  /** Next byte to read. */
  pos = 0;
  private state = FIELD_START;
  private fieldStart = 0;
  private fieldEscaped = 0;
  private rowDone = false;

  /** Whether no row is under way, so the next byte read starts one. */
  atRowStart(): boolean {
    return this.rowDone || (this.state === FIELD_START && this.fieldCount === 0);
  }

  scan(bytes: Uint8Array, end: number): number {
    if (this.rowDone) {
      this.fieldCount = 0;
      this.rowDone = false;
    }
    let pos = this.pos;
    let state = this.state;
    let fieldStart = this.fieldStart;
    let result = NEED_MORE;
    scan: while (pos < end) {
      let b = bytes[pos]!;
      if (state === FIELD_START) {
        if (b === QUOTE) {
          state = QUOTED;
          fieldStart = ++pos;
          this.fieldEscaped = 0;
          continue;
        }
        if ((b === LF || b === CR) && this.fieldCount === 0) {
          pos++;
          continue;
        }
        state = UNQUOTED;
        fieldStart = pos;
      }
      if (state === UNQUOTED) {
        while (b !== COMMA && b !== LF && b !== CR) {
          if (++pos === end) break scan;
          b = bytes[pos]!;
        }
        this.addField(fieldStart, pos, 0);
      } else if (state === QUOTED) {
        while (b !== QUOTE) {
          if (++pos === end) break scan;
          b = bytes[pos]!;
        }
        pos++;
        state = AFTER_QUOTE;
        continue;
      } else if (b === QUOTE) {
        this.fieldEscaped = 1;
        state = QUOTED;
        pos++;
        continue;
      } else if (b === COMMA || b === LF || b === CR) {
        this.addField(fieldStart, pos - 1, this.fieldEscaped);
      } else {
        result = BAD_QUOTE;
        break;
      }
      pos++;
      state = FIELD_START;
      if (b !== COMMA) {
        result = ROW;
        this.rowDone = true;
        break;
      }
    }
    this.pos = pos;
    this.state = state;
    this.fieldStart = fieldStart;
    return result;
  }

  /** Closes the last row when the input ends without a line break (`end` is where the bytes stop). */
  finish(end: number): number {
    if (this.rowDone) this.fieldCount = 0;
    switch (this.state) {
      case QUOTED:
        return BAD_QUOTE;
      case AFTER_QUOTE:
        this.addField(this.fieldStart, end - 1, this.fieldEscaped);
        return ROW;
      case UNQUOTED:
        this.addField(this.fieldStart, end, 0);
        return ROW;
      default:
        if (this.fieldCount === 0) return NEED_MORE;
        this.addField(end, end, 0);
        return ROW;
    }
  }

  /** The caller dropped the first `offset` bytes of its buffer. */
  rebase(offset: number): void {
    this.pos -= offset;
    this.fieldStart -= offset;
    for (let i = 0; i < this.fieldCount; i++) {
      this.starts[i]! -= offset;
      this.ends[i]! -= offset;
    }
  }

  private addField(start: number, end: number, escaped: number): void {
    const n = this.fieldCount++;
    if (n === this.starts.length) {
      this.starts = grow(this.starts, n + 1);
      this.ends = grow(this.ends, n + 1);
      this.escaped = grow(this.escaped, n + 1);
    }
    this.starts[n] = start;
    this.ends[n] = end;
    this.escaped[n] = escaped;
  }
}
