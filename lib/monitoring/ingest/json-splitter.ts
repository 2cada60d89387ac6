import { grow } from './grow';
import { IngestError } from './types';

const LF = 10;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

export type RecordSink = (bytes: Uint8Array, start: number, end: number) => void;

const isSpace = (b: number) => b === 32 || b === 10 || b === 13 || b === 9;

/** The bytes of a record that began in an earlier chunk. */
class Pending {
  private bytes = new Uint8Array(0);
  length = 0;

  append(source: Uint8Array, start: number, end: number): void {
    const length = this.length + end - start;
    if (length > this.bytes.length) this.bytes = grow(this.bytes, length);
    this.bytes.set(source.subarray(start, end), this.length);
    this.length = length;
  }

  /** Hands `source[start, end)` to `sink`, behind whatever is pending. */
  emit(sink: RecordSink, source: Uint8Array, start: number, end: number): void {
    if (this.length === 0) return sink(source, start, end);
    this.append(source, start, end);
    const length = this.length;
    this.length = 0;
    sink(this.bytes, 0, length);
  }
}

/** ndjson: one record per line. JSON strings cannot hold a raw line break, so any LF ends a record. */
export class LineSplitter {
  private readonly pending = new Pending();

  constructor(private readonly sink: RecordSink) {}

  push(chunk: Uint8Array): void {
    let start = 0;
    for (let lf = chunk.indexOf(LF); lf >= 0; lf = chunk.indexOf(LF, start)) {
      this.pending.emit(this.sink, chunk, start, lf);
      start = lf + 1;
    }
    this.pending.append(chunk, start, chunk.length);
  }

  finish(): void {
    this.pending.emit(this.sink, new Uint8Array(0), 0, 0);
  }
}

const BEFORE = 0;
const BETWEEN = 1;
const ELEMENT = 2;
const AFTER = 3;

/**
 * A top-level JSON array, cut into its elements without parsing them: a scanner that only tracks
 * strings (with their escapes) and bracket depth finds the commas that separate elements.
 */
export class ArraySplitter {
  private state = BEFORE;
  private depth = 0;
  private inString = false;
  private escape = false;
  private elements = 0;
  private readonly pending = new Pending();

  constructor(private readonly sink: RecordSink) {}

  push(chunk: Uint8Array): void {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      if (this.state === ELEMENT) {
        i = this.scanElement(chunk, i);
        if (i === chunk.length) break;
        this.elements++;
        this.pending.emit(this.sink, chunk, start, i);
        this.state = chunk[i] === COMMA ? BETWEEN : AFTER;
        continue;
      }
      const b = chunk[i]!;
      if (isSpace(b)) continue;
      if (this.state === BETWEEN) {
        if (b === CLOSE_BRACKET && this.elements === 0) this.state = AFTER;
        else if (b === COMMA || b === CLOSE_BRACKET) throw new IngestError(`Row ${this.elements + 1} of the JSON array is empty.`);
        else {
          this.state = ELEMENT;
          this.depth = 0;
          start = i--;
        }
      } else if (this.state === BEFORE && b === OPEN_BRACKET) this.state = BETWEEN;
      else throw new IngestError(this.state === BEFORE ? 'A JSON upload must be an array of objects.' : 'The JSON array is followed by more text.');
    }
    if (this.state === ELEMENT) this.pending.append(chunk, start, chunk.length);
  }

  /** Reads element bytes from `i` to the comma or bracket that ends the element (or the chunk's end). */
  private scanElement(chunk: Uint8Array, i: number): number {
    let { depth, inString, escape } = this;
    for (; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (inString) {
        if (escape) escape = false;
        else if (b === BACKSLASH) escape = true;
        else if (b === QUOTE) inString = false;
      } else if (b === QUOTE) inString = true;
      else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
      else if (depth > 0 && (b === CLOSE_BRACE || b === CLOSE_BRACKET)) depth--;
      else if (depth === 0 && (b === COMMA || b === CLOSE_BRACKET)) break;
    }
    this.depth = depth;
    this.inString = inString;
    this.escape = escape;
    return i;
  }

  finish(): void {
    if (this.state === BETWEEN || this.state === ELEMENT) throw new IngestError('The JSON array is never closed.');
  }
}
