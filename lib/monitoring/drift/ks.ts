/**
 * Two-sample Kolmogorov–Smirnov test, two-sided, as `scipy.stats.ks_2samp` (SciPy 1.10).
 *
 * Statistic: D = max_x |F_ref(x) − F_cur(x)| over the pooled values, with F the empirical CDFs.
 * P-value: 'exact' counts lattice paths (D is then snapped to h / lcm(m, n), h = round(D·lcm));
 * 'asymp' uses the one-sample two-sided distribution kstwo.sf(D, round(m·n / (m + n)));
 * 'auto' is exact when max(m, n) <= 10,000 and asymptotic above.
 */

import { probOutsideInsideMethod, probOutsideSquare } from './ks-exact';
import { kstwoSf } from './kstwo';
import { type NumericColumn, sortedSample } from './sample';
import { clipProbability, gcd, roundHalfEven } from './special';

export type KsMethod = 'auto' | 'exact' | 'asymp';

export interface KsResult {
  /** Largest absolute gap between the two empirical CDFs. */
  statistic: number;
  /** Two-sided p-value. */
  pvalue: number;
  /** How the p-value was computed. */
  method: 'exact' | 'asymp';
}

/** Largest sample size for which 'auto' uses the exact distribution. */
const KS_MAX_AUTO_N = 10_000;
const INT32_MAX = 2_147_483_647;

/**
 * D = max |F1 − F2| over the pooled values, for ascending samples. Each CDF difference is
 * computed as count1/n1 − count2/n2, as SciPy does, so the result is bit-for-bit comparable.
 */
export function ksStatisticSorted(sorted1: Float64Array, sorted2: Float64Array): number {
  const n1 = sorted1.length;
  const n2 = sorted2.length;
  let i = 0;
  let j = 0;
  let maxDiff = -Infinity;
  let minDiff = Infinity;
  while (i < n1 || j < n2) {
    const x = j >= n2 || (i < n1 && sorted1[i]! <= sorted2[j]!) ? sorted1[i]! : sorted2[j]!;
    // Past every value ≤ x on both sides: a linear merge, as both samples are sorted.
    while (i < n1 && sorted1[i]! <= x) i++;
    while (j < n2 && sorted2[j]! <= x) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxDiff) maxDiff = diff;
    if (diff < minDiff) minDiff = diff;
  }
  const minS = Math.min(Math.max(-minDiff, 0), 1);
  return minS > maxDiff ? minS : maxDiff;
}

/** Asymptotic two-sided p-value: kstwo.sf(d, round(en)) with en = m·n / (m + n). */
export function ksAsymptoticPValue(d: number, n1: number, n2: number): number {
  const en = (n1 * n2) / (n1 + n2);
  return clipProbability(kstwoSf(d, roundHalfEven(en)));
}

/**
 * Exact two-sided p-value for a statistic d (the snapped statistic is returned as well), or
 * null when the computation is not numerically usable.
 */
function ksExactPValue(d: number, n1: number, n2: number): { statistic: number; pvalue: number } | null {
  const g = gcd(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = roundHalfEven(d * lcm);
  const statistic = h / lcm;
  if (h === 0) return { statistic, pvalue: 1 };
  const pvalue = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideInsideMethod(n1, n2, g, h);
  if (!(pvalue >= 0 && pvalue <= 1)) return null;
  return { statistic, pvalue };
}

/** Two-sample KS test on samples already sorted ascending and free of NaN. */
export function ksTwoSampleSorted(sorted1: Float64Array, sorted2: Float64Array, method: KsMethod = 'auto'): KsResult {
  const n1 = sorted1.length;
  const n2 = sorted2.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('ks: samples must not be empty');
  const d = ksStatisticSorted(sorted1, sorted2);
  let mode = method;
  if (mode === 'auto') mode = Math.max(n1, n2) <= KS_MAX_AUTO_N ? 'exact' : 'asymp';
  else if (mode === 'exact') {
    const g = gcd(n1, n2);
    if (n1 / g >= INT32_MAX / (n2 / g)) mode = 'asymp';
  }
  if (mode === 'exact') {
    const exact = ksExactPValue(d, n1, n2);
    if (exact) return { statistic: exact.statistic, pvalue: clipProbability(exact.pvalue), method: 'exact' };
  }
  return { statistic: d, pvalue: ksAsymptoticPValue(d, n1, n2), method: 'asymp' };
}

/** Two-sample two-sided KS test; NaN values are left out. */
export function ksTwoSample(reference: NumericColumn, current: NumericColumn, method: KsMethod = 'auto'): KsResult {
  return ksTwoSampleSorted(sortedSample(reference, 'reference'), sortedSample(current, 'current'), method);
}
