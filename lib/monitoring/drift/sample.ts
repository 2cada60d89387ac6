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

/** Neumaier-compensated sum of an array. */
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
