/**
 * Exact null distribution of the two-sided two-sample Kolmogorov–Smirnov statistic, counted as
 * monotone lattice paths from (0, 0) to (m, n) (as `scipy.stats.ks_2samp` does for method 'exact').
 * With the statistic written as h / lcm(m, n), the p-value is the share of paths that touch or
 * cross one of the diagonal lines |x/m − y/n| = h / lcm(m, n).
 */

/**
 * Equal sizes (m = n): Pr(D_{n,n} >= h/n) by the reflection principle,
 * 2·Σ_k (−1)^(k+1) C(2n, n − k·h) / C(2n, n), evaluated as a Horner-like nested product
 * 2·A1·(1 − A2·(1 − A3·(…))) to avoid cancellation.
 */
export function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let term = 1;
    for (let j = 0; j < h; j++) term = ((n - k * h - j) * term) / (n + k * h + j + 1);
    p = term * (1 - p);
  }
  return 2 * p;
}

/**
 * Unequal sizes: share of lattice paths that do not stay strictly inside |n·x/g − m·y/g| < h, with
 * g = gcd(m, n). One column of the path-count table is kept over a sliding window, and the
 * recursion tracks 1 − (inside share) directly (Viehmann 2021), so small p-values keep their
 * relative precision and nothing overflows.
 */
export function probOutsideInsideMethod(m: number, n: number, g: number, h: number): number {
  if (m < n) [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const a = new Float64Array(lenA).fill(1);
  a.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (a[jj + minj - lastminj]! * i + val * j) / (i + j);
      a[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) a.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return a[maxj - minj - 1]!;
}
