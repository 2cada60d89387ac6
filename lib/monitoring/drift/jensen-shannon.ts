/**
 * Jensen–Shannon distance, as `scipy.spatial.distance.jensenshannon` with the natural logarithm:
 * both vectors are normalized to sum to 1, m = (p + q) / 2, and
 *   JS = sqrt((KL(p ‖ m) + KL(q ‖ m)) / 2),
 * where a zero entry of p or q contributes nothing (no empty-bin fill). Between 0 and sqrt(ln 2).
 * Every sum is taken in NumPy's pairwise order, as SciPy's `np.sum` calls do: shares that add up to
 * 0.9999999999999999 there must be divided by that same total here.
 */

import { pairwiseSum } from './sample';

/** x · ln(x / y) with the conventions 0 · ln(0 / y) = 0 (SciPy `rel_entr`). */
function relativeEntropyTerm(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

/** Jensen–Shannon distance between two non-negative weight vectors of equal length. */
export function jensenShannonDistance(p: Float64Array, q: Float64Array): number {
  if (p.length !== q.length) throw new RangeError('jensenshannon: vectors differ in length');
  const sp = pairwiseSum(p);
  const sq = pairwiseSum(q);
  const left = new Float64Array(p.length);
  const right = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! / sp;
    const qi = q[i]! / sq;
    const m = (pi + qi) / 2;
    left[i] = relativeEntropyTerm(pi, m);
    right[i] = relativeEntropyTerm(qi, m);
  }
  return Math.sqrt((pairwiseSum(left) + pairwiseSum(right)) / 2);
}
