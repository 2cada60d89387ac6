/**
 * Special functions needed by the drift statistics: log-gamma, the regularized incomplete gamma
 * functions, the chi-square and standard normal survival functions, and a few numeric helpers.
 * Everything is plain double precision; relative accuracy is around 1e-13 or better over the ranges
 * the drift engine uses.
 */

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** Stirling-series coefficients B_2j / (2j (2j - 1)) for j = 1..8, highest order first. */
const STIRLING = [
  -3617 / 122400, 1 / 156, -691 / 360360, 1 / 1188, -1 / 1680, 1 / 1260, -1 / 360, 1 / 12,
] as const;

/** Below this argument log-gamma shifts up with the recurrence Γ(x + 1) = x Γ(x) before using Stirling. */
const STIRLING_MIN = 15;

/** ln Γ(x) for x > 0 (NaN otherwise). */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === Infinity) return Infinity;
  let shift = 0;
  if (x < STIRLING_MIN) {
    let product = 1;
    let y = x;
    while (y < STIRLING_MIN) {
      product *= y;
      y += 1;
    }
    shift = Math.log(product);
    x = y;
  }
  const r = 1 / x;
  const r2 = r * r;
  let series = 0;
  for (const c of STIRLING) series = series * r2 + c;
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series * r - shift;
}

/** ln(x^a e^-x / Γ(a)), the common prefactor of both incomplete-gamma expansions. */
function gammaPrefactorLog(a: number, x: number): number {
  return a * Math.log(x) - x - logGamma(a);
}

const EPS = 1e-16;
const TINY = 1e-300;

/** P(a, x) by its power series; converges quickly for x < a + 1. */
function lowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  const maxIter = 10_000 + Math.ceil(10 * Math.sqrt(a));
  for (let n = 1; n < maxIter; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(gammaPrefactorLog(a, x));
}

/** Q(a, x) by its continued fraction (modified Lentz); converges quickly for x >= a + 1. */
function upperContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  const maxIter = 10_000 + Math.ceil(10 * Math.sqrt(a));
  for (let i = 1; i < maxIter; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h * Math.exp(gammaPrefactorLog(a, x));
}

/** Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a) = 1 − P(a, x), for a > 0 and x >= 0. */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return Number.NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  return x < a + 1 ? 1 - lowerSeries(a, x) : upperContinuedFraction(a, x);
}

/** Survival function of the chi-square distribution with `dof` degrees of freedom: Q(dof / 2, x / 2). */
export function chiSquareSf(x: number, dof: number): number {
  if (!(dof > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  return regularizedGammaQ(dof / 2, x / 2);
}

/** Survival function of the standard normal distribution, 1 − Φ(z) = erfc(z / √2) / 2. */
export function normalSf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const half = 0.5 * regularizedGammaQ(0.5, (z * z) / 2);
  return z >= 0 ? half : 1 - half;
}

/** Round to the nearest integer, ties to even (NumPy's `np.round`). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** x · 2^e without intermediate overflow or underflow for large |e|. */
export function ldexp(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

/** Greatest common divisor of two non-negative integers. */
export function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Clamp a probability to [0, 1], keeping NaN. */
export function clipProbability(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
