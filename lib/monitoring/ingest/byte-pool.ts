import { grow } from './grow';

/** Byte strings appended end to end in one growing buffer: no object per string. */
export class BytePool {
  bytes = new Uint8Array(256);
  /** index -> where its bytes end (they start where the previous string's end). */
  private ends = new Int32Array(16);
  private count = 0;

  append(source: Uint8Array, start: number, end: number): void {
    const from = this.start(this.count);
    const to = from + end - start;
    if (to > this.bytes.length) this.bytes = grow(this.bytes, to);
    if (this.count === this.ends.length) this.ends = grow(this.ends, this.count + 1);
    this.bytes.set(source.subarray(start, end), from);
    this.ends[this.count++] = to;
  }

  /** Drops the last string. */
  pop(): void {
    this.count--;
  }

  start(index: number): number {
    return index === 0 ? 0 : this.ends[index - 1]!;
  }

  end(index: number): number {
    return this.ends[index]!;
  }
}
