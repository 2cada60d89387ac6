/**
 * Tests for categorical drift.
 * - Chi-square goodness of fit: current counts O_i against reference counts scaled to the current
 *   size, E_i = R_i · n_cur / n_ref; χ² = Σ (O_i − E_i)² / E_i with k − 1 degrees of freedom over the
 *   k categories seen in either column (`scipy.stats.chisquare`). A category absent from the
 *   reference (E_i = 0) but present in the current column makes the fit impossible: p = 0.
 * - Two-proportion z-test (two categories): z = (p_ref − p_cur) / sqrt(p̂ (1 − p̂) (1/n_ref + 1/n_cur)),
 *   with the pooled share p̂ = (x_ref + x_cur) / (n_ref + n_cur); two-sided p = 2 · (1 − Φ(|z|)).
 */

import { pairwiseSum } from './sample';
import { chiSquareSf, normalSf } from './special';

export interface ChiSquareResult {
  statistic: number;
  dof: number;
  pvalue: number;
}

/** Chi-square goodness of fit of current counts against reference counts scaled to the current total. */
export function chiSquareGoodnessOfFit(referenceCounts: Float64Array, currentCounts: Float64Array): ChiSquareResult {
  if (referenceCounts.length !== currentCounts.length) throw new RangeError('chisquare: count vectors differ in length');
  const nRef = pairwiseSum(referenceCounts);
  const nCur = pairwiseSum(currentCounts);
  if (!(nRef > 0 && nCur > 0)) throw new RangeError('chisquare: both columns need at least one value');
  const dof = referenceCounts.length - 1;
  let statistic = 0;
  for (let i = 0; i < referenceCounts.length; i++) {
    const observed = currentCounts[i]!;
    const expected = (referenceCounts[i]! * nCur) / nRef;
    if (expected === 0) {
      if (observed > 0) return { statistic: Infinity, dof, pvalue: 0 };
      continue;
    }
    statistic += ((observed - expected) * (observed - expected)) / expected;
  }
  // A single category leaves no freedom to differ.
  if (dof === 0) return { statistic, dof, pvalue: 1 };
  return { statistic, dof, pvalue: chiSquareSf(statistic, dof) };
}

export interface ZTestResult {
  statistic: number;
  pvalue: number;
}

/**
 * Pooled two-proportion z-test, two-sided: `successRef` of `nRef` against `successCur` of `nCur`.
 * When the pooled share is 0 or 1 the proportions cannot differ and p = 1.
 */
export function twoProportionZTest(successRef: number, nRef: number, successCur: number, nCur: number): ZTestResult {
  if (!(nRef > 0 && nCur > 0)) throw new RangeError('z-test: both columns need at least one value');
  const pooled = (successRef + successCur) / (nRef + nCur);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / nRef + 1 / nCur));
  if (se === 0) return { statistic: 0, pvalue: 1 };
  const z = (successRef / nRef - successCur / nCur) / se;
  return { statistic: z, pvalue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}
