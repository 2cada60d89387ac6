/**
 * Population Stability Index between two share vectors over the same bins:
 *   PSI = Σ (ref_i − cur_i) · ln(ref_i / cur_i).
 * An empty bin would make a term infinite, so in each vector separately a zero share is replaced by
 * 0.0001, or by (smallest non-zero share ÷ 10⁶) when that smallest share is itself at most 0.0001.
 */

/** Default share given to an empty bin. */
const EMPTY_BIN_SHARE = 0.0001;
/** Divisor applied to the smallest non-zero share when it is at most EMPTY_BIN_SHARE. */
const SMALL_SHARE_DIVISOR = 1e6;

/** Copy of `shares` with zero entries replaced by the empty-bin share described above. */
export function fillEmptyBins(shares: Float64Array): Float64Array {
  let smallest = Infinity;
  for (let i = 0; i < shares.length; i++) {
    const s = shares[i]!;
    if (s > 0 && s < smallest) smallest = s;
  }
  const fill = smallest <= EMPTY_BIN_SHARE ? smallest / SMALL_SHARE_DIVISOR : EMPTY_BIN_SHARE;
  return shares.map((s) => (s === 0 ? fill : s));
}

/** PSI of two share vectors of equal length (empty bins are filled first). */
export function psiFromShares(referenceShares: Float64Array, currentShares: Float64Array): number {
  if (referenceShares.length !== currentShares.length) throw new RangeError('psi: share vectors differ in length');
  const ref = fillEmptyBins(referenceShares);
  const cur = fillEmptyBins(currentShares);
  let psi = 0;
  for (let i = 0; i < ref.length; i++) {
    const r = ref[i]!;
    const c = cur[i]!;
    psi += (r - c) * Math.log(r / c);
  }
  return psi;
}
