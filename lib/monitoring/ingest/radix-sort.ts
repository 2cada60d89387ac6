/**
 * Ascending sort of a sample by radix on the IEEE-754 bits. Flipping the sign bit of a positive
 * double and every bit of a negative one makes its bits, read as an unsigned 64-bit integer, sort in
 * numeric order. An LSD radix sort (two stable 16-bit passes) orders the values by the high 32 bits
 * of that key. Values sharing a high word agree in sign, exponent and 20 mantissa bits, so in most
 * samples they come in short runs, which insertion sort finishes; a long run gets an LSD radix sort on
 * the low word (four 8-bit passes). Typical data thus costs two passes where a plain 64-bit LSD sort
 * takes four, and no input costs more than six. The doubles themselves move and each digit is
 * computed from their bits, so no key array is built and no NaN bit pattern (which a double store may
 * rewrite) ever occurs.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const LOW = LITTLE_ENDIAN ? 0 : 1;
const HIGH = 1 - LOW;
const SIGN = 0x80000000 | 0;
/** Runs of equal high words up to this long are finished by insertion sort, which costs less there. */
const SHORT_RUN = 64;

/** A new ascending array of the values that are not NaN, with -0 read as 0. */
export function sortFinite(values: Float64Array): Float64Array {
  let sorted = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value === value) sorted[n++] = value + 0; // -0 + 0 is 0
  }
  if (n < values.length) sorted = sorted.slice(0, n);
  if (n < 2) return sorted;

  let scratch = new Float64Array(n);
  if (radixPasses(sorted, scratch, new Int32Array(2 << 16), 0, n, true, 16)) [sorted, scratch] = [scratch, sorted];
  const words = new Int32Array(sorted.buffer);
  const runCounts = new Int32Array(4 << 8);
  for (let from = 0; from < n; ) {
    const high = words[2 * from + HIGH];
    let to = from + 1;
    while (to < n && words[2 * to + HIGH] === high) to++;
    if (to - from > SHORT_RUN) {
      runCounts.fill(0);
      if (radixPasses(sorted, scratch, runCounts, from, to, false, 8)) sorted.set(scratch.subarray(from, to), from);
    } else if (to - from > 1) insertionSort(sorted, from, to);
    from = to;
  }
  return sorted;
}

/**
 * Stable LSD passes of `bits`-bit digits (16 or 8) over one 32-bit half of the key of
 * `source[from, to)`, ping-ponging with `target`; a pass whose digit every key shares is skipped.
 * `counts` (zeroed, one histogram per digit) is used up. Returns whether the result ended up in `target`.
 */
function radixPasses(source: Float64Array, target: Float64Array, counts: Int32Array, from: number, to: number, byHigh: boolean, bits: 16 | 8): boolean {
  const radix = 1 << bits;
  const mask = radix - 1;
  let words = new Int32Array(source.buffer);
  if (bits === 16) countHigh16(words, counts, from, to);
  else countLow8(words, counts, from, to);
  let targetWords = new Int32Array(target.buffer);
  let swapped = false;
  for (let base = 0, shift = 0; base < counts.length; base += radix, shift += bits) {
    if (counts[base + ((keyOf(words, from, byHigh) >>> shift) & mask)] === to - from) continue;
    let sum = from;
    for (let digit = base; digit < base + radix; digit++) {
      const count = counts[digit]!;
      counts[digit] = sum;
      sum += count;
    }
    if (byHigh) scatterByHigh(source, words, target, counts, base, shift, mask, from, to);
    else scatterByLow(source, words, target, counts, base, shift, mask, from, to);
    [source, target] = [target, source];
    [words, targetWords] = [targetWords, words];
    swapped = !swapped;
  }
  return swapped;
}

/** Histograms of both 16-bit digits of the high-word keys, counted in one read. */
function countHigh16(words: Int32Array, counts: Int32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const high = words[2 * i + HIGH]!;
    const key = high ^ ((high >> 31) | SIGN);
    counts[key & 0xffff]!++;
    counts[0x10000 + (key >>> 16)]!++;
  }
}

/** Histograms of the four 8-bit digits of the low-word keys, counted in one read. */
function countLow8(words: Int32Array, counts: Int32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const key = words[2 * i + LOW]! ^ (words[2 * i + HIGH]! >> 31);
    counts[key & 0xff]!++;
    counts[0x100 + ((key >>> 8) & 0xff)]!++;
    counts[0x200 + ((key >>> 16) & 0xff)]!++;
    counts[0x300 + (key >>> 24)]!++;
  }
}

function keyOf(words: Int32Array, i: number, byHigh: boolean): number {
  const high = words[2 * i + HIGH]!;
  const flip = high >> 31;
  return byHigh ? high ^ (flip | SIGN) : words[2 * i + LOW]! ^ flip;
}

// One loop per half rather than a branch inside: each stays a tight loop.
function scatterByHigh(source: Float64Array, words: Int32Array, target: Float64Array, offsets: Int32Array, base: number, shift: number, mask: number, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const high = words[2 * i + HIGH]!;
    const key = high ^ ((high >> 31) | SIGN);
    target[offsets[base + ((key >>> shift) & mask)]!++] = source[i]!;
  }
}

function scatterByLow(source: Float64Array, words: Int32Array, target: Float64Array, offsets: Int32Array, base: number, shift: number, mask: number, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const key = words[2 * i + LOW]! ^ (words[2 * i + HIGH]! >> 31);
    target[offsets[base + ((key >>> shift) & mask)]!++] = source[i]!;
  }
}

function insertionSort(values: Float64Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const value = values[i]!;
    let j = i - 1;
    for (; j >= from && values[j]! > value; j--) values[j + 1] = values[j]!;
    values[j + 1] = value;
  }
}
