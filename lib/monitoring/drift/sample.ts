/** Numeric columns: either a plain array or a typed array of doubles. */
export type NumericColumn = readonly number[] | Float64Array;

/** Categorical columns: one label per row. */
export type CategoricalColumn = readonly string[];

/**
 * Copy a numeric column into an ascending Float64Array, leaving out NaN (a missing value).
 * Throws a RangeError when nothing is left, as no drift statistic is defined on an empty sample.
 */
export function sortedSample(values: NumericColumn, label = 'sample'): Float64Array {
  const out = new Float64Array(values.length);
  let size = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) out[size++] = v;
  }
  if (size === 0) throw new RangeError(`${label} has no values`);
  return out.subarray(0, size).sort();
}

/** Index of the first element of `sorted` greater than `x` (NumPy `searchsorted(side='right')`). */
export function upperBound(sorted: Float64Array, x: number, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element of `sorted` not less than `x` (NumPy `searchsorted(side='left')`). */
export function lowerBound(sorted: Float64Array, x: number, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Population mean and standard deviation (ddof = 0), two-pass with compensated sums. */
export function meanAndStd(values: Float64Array): { mean: number; std: number } {
  const n = values.length;
  const mean = compensatedSum(values) / n;
  const squares = values.map((v) => (v - mean) * (v - mean));
  return { mean, std: Math.sqrt(compensatedSum(squares) / n) };
}

/**
 * Neumaier-compensated sum of an array: correctly rounded in practice and independent of the order of
 * the values. Used where our order differs from SciPy's (e.g. a sorted copy of the column).
 */
export function compensatedSum(values: ArrayLike<number>): number {
  let sum = 0;
  let comp = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const t = sum + v;
    comp += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + comp;
}

/**
 * Sum in the order NumPy's `np.sum` adds a contiguous float64 array (`pairwise_sum`): a plain loop
 * below 8 values; up to 128, eight interleaved running sums joined as a tree; above that, two halves
 * (the first a multiple of 8 long) summed recursively. A figure SciPy derives from the same vector,
 * in the same order, then rounds exactly as SciPy's does; a compensated sum would round differently.
 */
export function pairwiseSum(values: ArrayLike<number>): number {
  return pairwiseRange(values, 0, values.length);
}

function pairwiseRange(a: ArrayLike<number>, from: number, n: number): number {
  if (n < 8) {
    let sum = 0;
    for (let i = from; i < from + n; i++) sum += a[i]!;
    return sum;
  }
  if (n <= 128) {
    let r0 = a[from]!;
    let r1 = a[from + 1]!;
    let r2 = a[from + 2]!;
    let r3 = a[from + 3]!;
    let r4 = a[from + 4]!;
    let r5 = a[from + 5]!;
    let r6 = a[from + 6]!;
    let r7 = a[from + 7]!;
    const end = from + n;
    const unrolledEnd = end - (n % 8);
    let i = from + 8;
    for (; i < unrolledEnd; i += 8) {
      r0 += a[i]!;
      r1 += a[i + 1]!;
      r2 += a[i + 2]!;
      r3 += a[i + 3]!;
      r4 += a[i + 4]!;
      r5 += a[i + 5]!;
      r6 += a[i + 6]!;
      r7 += a[i + 7]!;
    }
    let sum = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < end; i++) sum += a[i]!;
    return sum;
  }
  const half = Math.floor(n / 2) - (Math.floor(n / 2) % 8);
  return pairwiseRange(a, from, half) + pairwiseRange(a, from + half, n - half);
}
