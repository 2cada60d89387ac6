/**
 * One-sided one-sample Kolmogorov–Smirnov (Smirnov) distribution: the survival function
 * Pr(D_n^+ >= x), as `scipy.special.smirnov(n, x)`.
 *
 * Birnbaum–Tingey / Smirnov formula:
 *   Pr(D_n^+ >= x) = x · Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v).
 * All terms are positive, so summing them in log space is stable; the special cases follow
 * van Mulbregt's treatment in SciPy (x <= 1/n, x >= 1 − 1/n, underflow, very large n).
 */

import { logGamma } from './special';

/** Beyond this n SciPy replaces the exact sum by the approximation e^(−(6nx+1)² / 18n). */
const MAX_EXACT_N = 1_000_000;
/** cephes MINLOG: exp() of anything below it underflows. */
const MIN_LOG = -708.3964185322641;
/** Veltkamp split constant 2^27 + 1. */
const SPLITTER = 134_217_729;

/** Exact product a·b as hi + lo (Dekker's two-product). */
function twoProduct(a: number, b: number): [number, number] {
  const hi = a * b;
  const ca = SPLITTER * a;
  const aHi = ca - (ca - a);
  const aLo = a - aHi;
  const cb = SPLITTER * b;
  const bHi = cb - (cb - b);
  const bLo = b - bHi;
  const lo = aHi * bHi - hi + aHi * bLo + aLo * bHi + aLo * bLo;
  return [hi, lo];
}

/** floor(n·x) and its fractional remainder, computed from the exact product. */
function floorAndFraction(n: number, x: number): { floor: number; fraction: number } {
  const [hi, lo] = twoProduct(n, x);
  let floor = Math.floor(hi);
  let fraction = hi - floor + lo;
  if (fraction < 0) {
    floor -= 1;
    fraction += 1;
  }
  if (fraction >= 1) {
    floor += 1;
    fraction = 0;
  }
  return { floor, fraction };
}

/** Pr(D_n^+ >= x) for an integer n >= 1 and 0 <= x <= 1 (NaN outside the domain). */
export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && Number.isInteger(n) && x >= 0 && x <= 1)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;

  const { floor: nxFloor, fraction } = floorAndFraction(n, x);
  if (nxFloor === 0 || (nxFloor === 1 && fraction === 0)) {
    // x <= 1/n: Pr(D_n^+ < x) = x (1 + x)^(n−1).
    return 1 - x * Math.exp((n - 1) * Math.log1p(x));
  }
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nxFloor >= n - 1) return Math.exp(n * Math.log1p(-x));
  if (n > MAX_EXACT_N) {
    const logp = -((6 * n * x + 1) ** 2) / 18 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
  }

  // Last index: ⌊n(1−x)⌋, leaving out the zero term v = n(1−x) when n·x is an integer.
  const last = n - nxFloor - 1;
  const logFactN = logGamma(n + 1);
  let sum = 0;
  for (let v = 0; v <= last; v++) {
    const shifted = x + v / n;
    const rest = (n - v) / n - x;
    if (!(rest > 0)) break;
    const logTerm =
      logFactN - logGamma(v + 1) - logGamma(n - v + 1) + (v - 1) * Math.log(shifted) + (n - v) * Math.log(rest);
    if (logTerm > -745) sum += Math.exp(logTerm);
  }
  const p = x * sum;
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
