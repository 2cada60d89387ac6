/**
 * Distribution of the two-sided one-sample Kolmogorov–Smirnov statistic D_n (`scipy.stats.kstwo`).
 *
 * The algorithm choice follows Simard & L'Ecuyer (2011) as implemented in SciPy's `kolmogn`:
 * Ruben–Gambino closed forms near the ends of the support, 2·smirnov for d >= 0.5 or a large n·d²
 * (the upper tail, where the two one-sided events are disjoint or nearly so), Durbin's matrix or
 * Pomeranz's recursion for the exact CDF at moderate n·d², and the Pelz–Good asymptotic series for
 * large n and small d.
 */

import { kolmogorovCdfDurbin, kolmogorovCdfPomeranz } from './kstwo-exact';
import { smirnovSf } from './smirnov';
import { clipProbability } from './special';

const LOG_2PI = Math.log(2 * Math.PI);
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const SQRT3 = Math.sqrt(3);
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const MIN_LOG = -708;

/** Stirling coefficients B_2j / (2j (2j−1)) for j = 8..1, evaluated as a polynomial in 1/n². */
const STIRLING = [
  -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
  -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
] as const;

/** ln(n! / n^n) by Stirling's series with the n·ln n term removed up front. */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}

/**
 * Pelz–Good approximation to Pr(D_n <= x): the Li-Chien/Korolyuk expansion
 * K0(z) + K1(z)/√n + K2(z)/n + K3(z)/n^1.5 with z = x√n, each term rewritten with Jacobi theta
 * identities into a series that converges fast for small z.
 */
function kolmogorovCdfPelzGood(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z ** 2;
  const z3 = z ** 3;
  const z4 = z ** 4;
  const z6 = z ** 6;
  const qlog = -PI2 / 8 / z2;
  if (qlog < MIN_LOG) return 0;
  let q = Math.exp(qlog);

  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;

  // Horner scheme over odd m = 2k − 1 of Σ c_k q^(m²).
  const terms = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m ** 2;
    const m4 = m ** 4;
    const m6 = m ** 6;
    const qpower = q ** (8 * k);
    terms[0] = terms[0]! * qpower + 1;
    terms[1] = terms[1]! * qpower + (k1a + k1b * m2);
    terms[2] = terms[2]! * qpower + (k2a + k2b * m2 + k2c * m4);
    terms[3] = terms[3]! * qpower + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) terms[i] = (terms[i]! * q * SQRT_2PI) / divisors[i]!;

  // Remaining sums over all positive integers k for K2 and K3.
  q = Math.exp(-PI2 / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qk = q ** k2;
    const kpi = Math.PI * k;
    k2extra += k2 * qk;
    k3extra += (SQRT3 * z + kpi) * (SQRT3 * z - kpi) * k2 * qk;
  }
  terms[2] = terms[2]! + (k2extra * PI2 * SQRT_2PI) / (-36 * z3);
  terms[3] = terms[3]! + (k3extra * PI2 * SQRT_2PI) / (216 * z6);

  let sum = 0;
  for (let i = 0; i < 4; i++) sum += terms[i]! / n ** (i / 2);
  return sum;
}

/** Pr(D_n > x) when `upper`, else Pr(D_n <= x), for an integer n >= 1. */
function kolmogn(n: number, x: number, upper: boolean): number {
  const pick = (cdf: number, sf: number) => clipProbability(upper ? sf : cdf);
  if (!(n > 0 && Number.isInteger(n)) || Number.isNaN(x)) return Number.NaN;
  if (x >= 1) return pick(1, 0);
  if (x <= 0) return pick(0, 1);
  const t = n * x;
  if (t <= 1) {
    // Ruben–Gambino: 1/(2n) <= x <= 1/n gives Pr(D_n <= x) = n!/n^n (2t − 1)^n.
    if (t <= 0.5) return pick(0, 1);
    let prob: number;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else {
      prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return pick(prob, 1 - prob);
  }
  if (t >= n - 1) {
    const prob = 2 * (1 - x) ** n;
    return pick(1 - prob, prob);
  }
  if (x >= 0.5) {
    const prob = 2 * smirnovSf(n, x);
    return pick(1 - prob, prob);
  }

  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 0.754693) {
      const prob = kolmogorovCdfDurbin(n, x);
      return pick(prob, 1 - prob);
    }
    if (nx2 <= 4) {
      const prob = kolmogorovCdfPomeranz(n, x);
      return pick(prob, 1 - prob);
    }
    const prob = 2 * smirnovSf(n, x);
    return pick(1 - prob, prob);
  }

  if (upper) {
    if (nx2 >= 370) return 0;
    if (nx2 >= 2.2) return clipProbability(2 * smirnovSf(n, x));
  }
  let cdf: number;
  if (nx2 >= 18) cdf = 1;
  else if (n <= 100_000 && n * x ** 1.5 <= 1.4) cdf = kolmogorovCdfDurbin(n, x);
  else cdf = kolmogorovCdfPelzGood(n, x);
  return pick(cdf, 1 - cdf);
}

/** Pr(D_n <= x) for the two-sided one-sample KS statistic (`scipy.stats.kstwo.cdf(x, n)`). */
export function kstwoCdf(x: number, n: number): number {
  return kolmogn(n, x, false);
}

/** Pr(D_n > x) for the two-sided one-sample KS statistic (`scipy.stats.kstwo.sf(x, n)`). */
export function kstwoSf(x: number, n: number): number {
  return kolmogn(n, x, true);
}
