/**
 * Jensen–Shannon distance, as `scipy.spatial.distance.jensenshannon` with the natural logarithm:
 * both vectors are normalized to sum to 1, m = (p + q) / 2, and
 *   JS = sqrt((KL(p ‖ m) + KL(q ‖ m)) / 2),
 * where a zero entry of p or q contributes nothing (no empty-bin fill). Between 0 and sqrt(ln 2).
 */

/** x · ln(x / y) with the conventions 0 · ln(0 / y) = 0 (SciPy `rel_entr`). */
function relativeEntropyTerm(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

/** Jensen–Shannon distance between two non-negative weight vectors of equal length. */
export function jensenShannonDistance(p: Float64Array, q: Float64Array): number {
  if (p.length !== q.length) throw new RangeError('jensenshannon: vectors differ in length');
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    sp += p[i]!;
    sq += q[i]!;
  }
  let left = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! / sp;
    const qi = q[i]! / sq;
    const m = (pi + qi) / 2;
    left += relativeEntropyTerm(pi, m);
    right += relativeEntropyTerm(qi, m);
  }
  return Math.sqrt((left + right) / 2);
}
