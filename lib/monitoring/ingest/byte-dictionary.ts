import { BytePool } from './byte-pool';
import { decodeUtf8 } from './utf8';

const COMMA = 44;
const LF = 10;
const CR = 13;
/** Keys up to this many bytes are held packed in two int32s and compared as such. */
const SHORT = 8;
/** Slot layout: code + 1 (0 = empty), key length, then the packed key (short) or its hash (long) and 0. */
const STRIDE = 4;
/** Every categorical column's table is read on every row: starting small keeps them all in cache. */
const FIRST_SLOTS = 32;

/**
 * Category codes keyed by a value's UTF-8 bytes: a field is compared as bytes, and only a value never
 * seen before is decoded into a string. Keys of up to 8 bytes (most categories) are packed into two
 * integers while the field is scanned, so finding one costs two integer comparisons; longer keys are
 * hashed (FNV-1a) and compared byte by byte. Open addressing with linear probing, at most 2/3 full,
 * and every key's bytes lie end to end in one buffer: a million categories cost a million strings and
 * no other objects.
 */
export class ByteDictionary {
  /** code -> text */
  readonly values: string[] = [];
  /** Where the field read by the last `internField` ended. */
  fieldStop = 0;
  private slots = new Int32Array(STRIDE * FIRST_SLOTS);
  /** Slot count - 1 (a power of two - 1). */
  private mask = FIRST_SLOTS - 1;
  /** code -> key bytes, to compare long keys. */
  private readonly keys = new BytePool();

  /** The code of `bytes[start, end)`, added when new. */
  intern(bytes: Uint8Array, start: number, end: number): number {
    if (end - start > SHORT) return this.findLong(bytes, start, end);
    let low = 0;
    let high = 0;
    for (let i = start; i < end; i++) {
      high = (high << 8) | (low >>> 24);
      low = (low << 8) | bytes[i]!;
    }
    return this.find(bytes, start, end, low, high);
  }

  /**
   * `intern` of the CSV field from `start` to its comma, LF or CR, packed as it is scanned; -1, with
   * nothing added, when the field runs to `end` (the rest of it is still to come).
   */
  internField(bytes: Uint8Array, start: number, end: number): number {
    let low = 0;
    let high = 0;
    let i = start;
    for (; i < end; i++) {
      const b = bytes[i]!;
      // One comparison passes nearly every byte: all three delimiters sort at or below the comma.
      if (b <= COMMA && (b === COMMA || b === LF || b === CR)) break;
      high = (high << 8) | (low >>> 24);
      low = (low << 8) | b;
    }
    if (i === end) return -1;
    this.fieldStop = i;
    return i - start > SHORT ? this.findLong(bytes, start, i) : this.find(bytes, start, i, low, high);
  }

  private findLong(bytes: Uint8Array, start: number, end: number): number {
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    return this.find(bytes, start, end, hash, 0);
  }

  /** Looks up the key whose slot words are (a, b): the packed bytes, or for a long key its hash and 0. */
  private find(bytes: Uint8Array, start: number, end: number, a: number, b: number): number {
    const length = end - start;
    const { slots, mask } = this;
    for (let slot = slotOf(length, a, b) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * STRIDE;
      const entry = slots[at]!;
      if (entry === 0) return this.add(bytes, start, end, at, a, b);
      if (slots[at + 1] === length && slots[at + 2] === a && slots[at + 3] === b && (length <= SHORT || this.holds(entry - 1, bytes, start, end))) {
        return entry - 1;
      }
    }
  }

  private holds(code: number, bytes: Uint8Array, start: number, end: number): boolean {
    const keys = this.keys.bytes;
    const offset = this.keys.start(code) - start;
    for (let i = start; i < end; i++) if (keys[offset + i] !== bytes[i]) return false;
    return true;
  }

  private add(bytes: Uint8Array, start: number, end: number, at: number, a: number, b: number): number {
    const code = this.values.length;
    this.keys.append(bytes, start, end);
    this.values.push(decodeUtf8(bytes, start, end));
    const slots = this.slots;
    slots[at] = code + 1;
    slots[at + 1] = end - start;
    slots[at + 2] = a;
    slots[at + 3] = b;
    if ((code + 1) * 3 > (this.mask + 1) * 2) this.rehash();
    return code;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = this.mask * 2 + 1;
    for (let from = 0; from < old.length; from += STRIDE) {
      if (old[from] === 0) continue;
      let slot = slotOf(old[from + 1]!, old[from + 2]!, old[from + 3]!) & mask;
      while (slots[slot * STRIDE] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(from, from + STRIDE), slot * STRIDE);
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** murmur3's finaliser over the slot words, so the low bits (the slot) depend on every key byte. */
function slotOf(length: number, a: number, b: number): number {
  let h = a ^ Math.imul(b, 0x9e3779b1) ^ length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
