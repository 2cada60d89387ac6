/**
 * First Wasserstein (earth mover's) distance between two empirical distributions, as
 * `scipy.stats.wasserstein_distance`: W1 = ∫ |F_u(x) − F_v(x)| dx, summed exactly over the gaps
 * between consecutive pooled values.
 */

import { type NumericColumn, meanAndStd, sortedSample } from './sample';

/** Floor for the reference spread when normalizing, so a constant reference does not divide by zero. */
const MIN_REFERENCE_STD = 0.001;

/** W1 between two samples sorted ascending and free of NaN. */
function wassersteinSorted(sorted1: Float64Array, sorted2: Float64Array): number {
  const n1 = sorted1.length;
  const n2 = sorted2.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('wasserstein: samples must not be empty');
  // Neumaier-compensated running sum of the pieces, in the same order compensatedSum would add them.
  let sum = 0;
  let comp = 0;
  let i = 0;
  let j = 0;
  let x = Math.min(sorted1[0]!, sorted2[0]!);
  while (i < n1 || j < n2) {
    // Past every value ≤ x on both sides: a linear merge, as both samples are sorted.
    while (i < n1 && sorted1[i]! <= x) i++;
    while (j < n2 && sorted2[j]! <= x) j++;
    if (i >= n1 && j >= n2) break;
    const next = j >= n2 || (i < n1 && sorted1[i]! <= sorted2[j]!) ? sorted1[i]! : sorted2[j]!;
    const piece = Math.abs(i / n1 - j / n2) * (next - x);
    const t = sum + piece;
    comp += Math.abs(sum) >= Math.abs(piece) ? sum - t + piece : piece - t + sum;
    sum = t;
    x = next;
  }
  return sum + comp;
}

/** W1 between two numeric columns; NaN values are left out. */
export function wasserstein(reference: NumericColumn, current: NumericColumn): number {
  return wassersteinSorted(sortedSample(reference, 'reference'), sortedSample(current, 'current'));
}

/** W1 divided by max(population standard deviation of the reference, 0.001), for sorted inputs. */
export function wassersteinNormedSorted(sortedReference: Float64Array, sortedCurrent: Float64Array): number {
  const { std } = meanAndStd(sortedReference);
  return wassersteinSorted(sortedReference, sortedCurrent) / Math.max(std, MIN_REFERENCE_STD);
}

/** W1 divided by max(population standard deviation of the reference, 0.001); NaN values are left out. */
export function wassersteinNormed(reference: NumericColumn, current: NumericColumn): number {
  return wassersteinNormedSorted(sortedSample(reference, 'reference'), sortedSample(current, 'current'));
}
