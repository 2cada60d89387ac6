/**
 * Exact CDF of the two-sided one-sample Kolmogorov–Smirnov statistic, Pr(D_n <= d), by two
 * matrix/recursion algorithms (the ones `scipy.stats.kstwo` selects for moderate n·d²):
 * - Durbin's matrix method as evaluated by Marsaglia, Tsang & Wang (2003);
 * - Pomeranz's (1974) recursion.
 * Intermediate values are rescaled by powers of 2^128 to avoid overflow and underflow.
 */

import { ldexp } from './special';

const E128 = 128;
const P128 = 2 ** 128;
const M128 = 2 ** -128;

function matmul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k]!;
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j]! += aik * b[k * m + j]!;
    }
  }
  return out;
}

/**
 * Pr(D_n <= d) by Durbin's matrix method: with d = (k − h)/n, k a positive integer and 0 <= h < 1,
 * the probability is n!/n^n times the (k, k) entry of H^n for an (2k−1)×(2k−1) matrix H.
 */
export function kolmogorovCdfDurbin(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;

  // v[j] = (1 − h^(j+1)) / (j+1)!, w[j] = 1/j!; the last entry of v gets a correction term.
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;

  let H: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1]!;
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r]!;
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c]!;

  let power: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let nn = n;
  let exponent = 0;
  let hExponent = 0;
  const centre = (k - 1) * m + (k - 1);
  while (nn > 0) {
    if (nn % 2 === 1) {
      power = matmul(power, H, m);
      exponent += hExponent;
    }
    H = matmul(H, H, m);
    hExponent *= 2;
    if (Math.abs(H[centre]!) > P128) {
      for (let i = 0; i < H.length; i++) H[i]! *= M128;
      hExponent += E128;
    }
    nn = Math.floor(nn / 2);
  }

  let p = power[centre]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < M128) {
      p *= P128;
      exponent -= E128;
    }
  }
  return exponent !== 0 ? ldexp(p, exponent) : p;
}

/** Column range [j1, j2] of row i of the Pomeranz recursion. */
function pomeranzRange(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/**
 * Pr(D_n <= d) by Pomeranz's recursion: 2n + 1 rows, each the convolution of the previous row with
 * (unnormalized) Poisson weights (g/n)^m/m!, (2g/n)^m/m! or ((1−2g)/n)^m/m!, where g depends on the
 * fractional part of n·d; the answer is n! times the last entry.
 */
export function kolmogorovCdfPomeranz(n: number, d: number): number {
  const t = n * d;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const size = 2 * (ll + 1);
  const gPow = new Float64Array(size);
  const twoGPow = new Float64Array(size);
  const oneMinusTwoGPow = new Float64Array(size);
  gPow[0] = 1;
  twoGPow[0] = 1;
  oneMinusTwoGPow[0] = 1;
  for (let m = 1; m < size; m++) {
    gPow[m] = (gPow[m - 1]! * (g / n)) / m;
    twoGPow[m] = (twoGPow[m - 1]! * ((2 * g) / n)) / m;
    oneMinusTwoGPow[m] = (oneMinusTwoGPow[m - 1]! * ((1 - 2 * g) / n)) / m;
  }

  let prev = new Float64Array(size);
  let cur = new Float64Array(size);
  cur[0] = 1;
  let prevStart = 0;
  let curStart = 0;
  let exponent = 0;
  let [j1, j2] = pomeranzRange(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
    cur.fill(0);
    [j1, j2] = pomeranzRange(i, n, ll, ceilf, roundf);
    const weights = i === 1 || i === 2 * n + 1 ? gPow : i % 2 === 1 ? twoGPow : oneMinusTwoGPow;
    const len = j2 - k1 + 1;
    if (len <= 0) continue;
    // cur[r] = Σ_q prev[k1 − prevStart + q] · weights[c − q], c = j1 − k1 + r (full convolution, truncated).
    const offset = k1 - prevStart;
    const available = Math.min(len, size - offset);
    const skip = j1 - k1;
    let max = 0;
    for (let r = 0; r <= j2 - j1; r++) {
      const c = skip + r;
      let acc = 0;
      const qEnd = Math.min(c, available - 1);
      for (let q = Math.max(0, c - len + 1); q <= qEnd; q++) acc += prev[offset + q]! * weights[c - q]!;
      cur[r] = acc;
      if (acc > max) max = acc;
    }
    if (max > 0 && max < M128) {
      for (let r = 0; r < size; r++) cur[r]! *= P128;
      exponent -= E128;
    }
    curStart = prevStart + j1 - k1;
  }

  let ans = cur[n - curStart]!;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > P128) {
      ans *= M128;
      exponent += E128;
    }
    ans *= m;
  }
  return exponent !== 0 ? ldexp(ans, exponent) : ans;
}
