/**
 * Binning shared by PSI and the Jensen–Shannon distance. A numeric column whose reference has more
 * than 20 distinct values is cut into equal-width Sturges bins over the pooled values (NumPy
 * `histogram_bin_edges(..., 'sturges')`, last bin closed); otherwise, and for categorical columns,
 * every distinct value of either column is its own bin. Shares are bin counts over sample size.
 */

import { type CategoricalColumn, lowerBound, pairwiseSum, upperBound } from './sample';

/** A reference with more distinct values than this is binned with Sturges' rule. */
const MAX_DISTINCT_FOR_VALUE_BINS = 20;

export interface Binned<L> {
  /** Bin labels: the edges' lower bounds for Sturges bins, the values or categories otherwise. */
  labels: L[];
  referenceCounts: Float64Array;
  currentCounts: Float64Array;
  /** Bin edges (length bins + 1) when Sturges bins were used. */
  edges?: Float64Array;
}

/**
 * NumPy's Sturges edges for the pooled samples: ⌈(max − min) / width⌉ bins with
 * width = (max − min) / (log2(n) + 1), evenly spaced edges i·step + min and the last edge set to max.
 */
export function sturgesEdges(sorted1: Float64Array, sorted2: Float64Array): Float64Array {
  const n = sorted1.length + sorted2.length;
  const min = Math.min(sorted1[0]!, sorted2[0]!);
  const max = Math.max(sorted1[sorted1.length - 1]!, sorted2[sorted2.length - 1]!);
  const width = (max - min) / (Math.log2(n) + 1);
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const bins = width ? Math.ceil((last - first) / width) : 1;
  const edges = new Float64Array(bins + 1);
  const step = (last - first) / bins;
  for (let i = 0; i < bins; i++) edges[i] = step === 0 ? (i / bins) * (last - first) + first : i * step + first;
  edges[bins] = last;
  return edges;
}

/** Counts per bin [e_i, e_{i+1}), the last bin closed on the right (as `np.histogram`). */
export function histogramCounts(sorted: Float64Array, edges: Float64Array): Float64Array {
  const bins = edges.length - 1;
  const counts = new Float64Array(bins);
  for (let i = 0; i < bins; i++) {
    const lo = lowerBound(sorted, edges[i]!);
    const hi = i === bins - 1 ? upperBound(sorted, edges[i + 1]!) : lowerBound(sorted, edges[i + 1]!);
    counts[i] = hi - lo;
  }
  return counts;
}

/** Number of distinct values of an ascending sample. */
function distinctCount(sorted: Float64Array): number {
  let count = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) count++;
  return count;
}

/** How often each value occurs. */
export function countsOf<L>(values: ArrayLike<L>): Map<L, number> {
  const counts = new Map<L, number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/** One bin per label counted on either side, labels sorted by `compare` (code-unit order when omitted). */
export function pairedBins<L>(c1: Map<L, number>, c2: Map<L, number>, compare?: (a: L, b: L) => number): Binned<L> {
  const labels = [...new Set([...c1.keys(), ...c2.keys()])].sort(compare);
  return {
    labels,
    referenceCounts: Float64Array.from(labels, (v) => c1.get(v) ?? 0),
    currentCounts: Float64Array.from(labels, (v) => c2.get(v) ?? 0),
  };
}

/**
 * Numeric binning: Sturges bins when the reference has more than 20 distinct values, otherwise one
 * bin per distinct value of either sample, in ascending order.
 */
export function numericBins(sortedReference: Float64Array, sortedCurrent: Float64Array): Binned<number> {
  if (distinctCount(sortedReference) <= MAX_DISTINCT_FOR_VALUE_BINS) {
    return pairedBins(countsOf(sortedReference), countsOf(sortedCurrent), (a, b) => a - b);
  }
  const edges = sturgesEdges(sortedReference, sortedCurrent);
  return {
    labels: Array.from(edges.subarray(0, edges.length - 1)),
    referenceCounts: histogramCounts(sortedReference, edges),
    currentCounts: histogramCounts(sortedCurrent, edges),
    edges,
  };
}

/** One bin per category seen in either column, in code-unit order of the labels. */
export function categoricalBins(reference: CategoricalColumn, current: CategoricalColumn): Binned<string> {
  return pairedBins(countsOf(reference), countsOf(current));
}

/** Counts divided by their total; all zeros when the total is zero. */
export function toShares(counts: Float64Array): Float64Array {
  // Whole counts add up exactly in any order, so this total is the same however it is summed.
  const total = pairwiseSum(counts);
  return total > 0 ? counts.map((c) => c / total) : new Float64Array(counts.length);
}
