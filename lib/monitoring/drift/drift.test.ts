import { describe, expect, it } from 'vitest';
import { histogramCounts, sturgesEdges } from './binning';
import { chiSquareGoodnessOfFit, twoProportionZTest } from './categorical';
import { categoricalDrift, ksTwoSample, numericDrift, wasserstein, wassersteinNormed } from './index';
import { jensenShannonDistance } from './jensen-shannon';
import { kolmogorovCdfDurbin, kolmogorovCdfPomeranz } from './kstwo-exact';
import { kstwoCdf, kstwoSf } from './kstwo';
import { fillEmptyBins, psiFromShares } from './psi';
import { pairwiseSum } from './sample';
import { smirnovSf } from './smirnov';
import { chiSquareSf, logGamma, normalSf, regularizedGammaQ } from './special';

const close = (actual: number, expected: number, rel = 1e-12) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));

describe('special functions', () => {
  it('log-gamma matches factorials and Γ(1/2) = √π', () => {
    close(logGamma(10), Math.log(362_880), 1e-14);
    close(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
    close(logGamma(171), 706.5730622457874, 1e-14);
  });

  it('incomplete gamma and the survival functions built on it', () => {
    close(regularizedGammaQ(1, 3), Math.exp(-3), 1e-14);
    close(regularizedGammaQ(1, 0.25), Math.exp(-0.25), 1e-14);
    close(chiSquareSf(3.841458820694124, 1), 0.05, 1e-12);
    close(chiSquareSf(5.991464547107979, 2), 0.05, 1e-12);
    close(chiSquareSf(100, 2), Math.exp(-50), 1e-12);
    close(normalSf(1.959963984540054), 0.025, 1e-12);
    close(normalSf(-1.959963984540054), 0.975, 1e-12);
    expect(normalSf(0)).toBe(0.5);
  });
});

describe('Kolmogorov distributions', () => {
  it("Durbin's matrix method gives Marsaglia–Tsang–Wang's K(10, 0.274)", () => {
    close(kolmogorovCdfDurbin(10, 0.274), 0.6284796154565043, 1e-14);
  });

  it('Durbin and Pomeranz agree, and equal 1 − 2·smirnov once d >= 1/2', () => {
    for (const [n, d] of [[5, 0.3], [20, 0.1], [100, 0.05], [140, 0.15], [1000, 0.02]] as const) {
      close(kolmogorovCdfPomeranz(n, d), kolmogorovCdfDurbin(n, d), 1e-12);
    }
    for (const [n, d] of [[7, 0.55], [30, 0.6]] as const) {
      close(kolmogorovCdfDurbin(n, d), 1 - 2 * smirnovSf(n, d), 1e-12);
    }
  });

  it('closed forms at the ends of the support', () => {
    // 1/(2n) < d <= 1/n: n!/n^n (2nd − 1)^n; d >= 1 − 1/n: sf = 2 (1 − d)^n.
    close(kstwoCdf(0.08, 10), (3_628_800 / 1e10) * 0.6 ** 10, 1e-12);
    close(kstwoSf(0.95, 10), 2 * 0.05 ** 10, 1e-12);
    expect(kstwoSf(0.04, 10)).toBe(1);
    expect(kstwoSf(1, 10)).toBe(0);
    // n = 1: D_1 = max(U, 1 − U), so Pr(D_1 > d) = 2 (1 − d) on [1/2, 1].
    close(kstwoSf(0.7, 1), 0.6, 1e-12);
  });
});

describe('two-sample Kolmogorov–Smirnov', () => {
  it('identical samples give statistic 0 and p = 1', () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    expect(ksTwoSample(x, x)).toEqual({ statistic: 0, pvalue: 1, method: 'exact' });
    expect(ksTwoSample(x, x, 'asymp').pvalue).toBe(1);
  });

  it('completely separated samples: p = 2 / C(m + n, n)', () => {
    const equal = ksTwoSample([1, 2, 3], [4, 5, 6]);
    expect(equal.statistic).toBe(1);
    close(equal.pvalue, 0.1, 1e-12);
    const unequal = ksTwoSample(new Float64Array([1, 2]), [3, 4, 5]);
    expect(unequal.statistic).toBe(1);
    close(unequal.pvalue, 0.2, 1e-12);
  });

  it('leaves out NaN and rejects an empty sample', () => {
    expect(ksTwoSample([1, Number.NaN, 2], [1, 2]).statistic).toBe(0);
    expect(() => ksTwoSample([Number.NaN], [1])).toThrow(RangeError);
  });
});

describe('distances and binning', () => {
  it('Wasserstein of a shift is the shift; normalized by the reference spread', () => {
    close(wasserstein([0, 1, 2, 3], [2, 3, 4, 5]), 2);
    close(wassersteinNormed([0, 1, 2, 3], [2, 3, 4, 5]), 2 / Math.sqrt(1.25));
    expect(wassersteinNormed([5, 5, 5], [5, 5])).toBe(0);
    close(wassersteinNormed([5, 5, 5], [6]), 1 / 0.001);
  });

  it("Sturges edges follow NumPy (⌈log2 n⌉ + 1 equal bins, last bin closed)", () => {
    const a = new Float64Array([0, 1, 2, 3]);
    const b = new Float64Array([4, 5, 6, 7]);
    const edges = sturgesEdges(a, b);
    expect(Array.from(edges)).toEqual([0, 1.75, 3.5, 5.25, 7]);
    expect(Array.from(histogramCounts(b, edges))).toEqual([0, 0, 2, 2]);
  });

  it('PSI fills empty bins with 0.0001, or the smallest share / 1e6 when that is at most 0.0001', () => {
    expect(Array.from(fillEmptyBins(new Float64Array([0.5, 0.5, 0])))).toEqual([0.5, 0.5, 0.0001]);
    expect(Array.from(fillEmptyBins(new Float64Array([0.99995, 0.00005, 0])))).toEqual([0.99995, 0.00005, 5e-11]);
    const ref = new Float64Array([0.5, 0.5, 0]);
    const cur = new Float64Array([0.4, 0.4, 0.2]);
    const expected = 2 * 0.1 * Math.log(0.5 / 0.4) + (0.0001 - 0.2) * Math.log(0.0001 / 0.2);
    close(psiFromShares(ref, cur), expected);
  });

  it("pairwiseSum rounds as NumPy's np.sum, not as a plain or a compensated loop", () => {
    // np.sum gives 7.029999999999999; a plain loop 7.0299999999999985; the exact sum rounds to 7.03.
    const shares = [0.2, 0.05, 0.21, 0.92, 0.84, 0.11, 0.6, 0.48, 0.59, 0.66, 0.31, 0.96, 0.47, 0.63];
    expect(pairwiseSum(shares)).toBe(7.029999999999999);
    // Above 128 values the halves recurse: np.sum(np.arange(1, 130) / 10) is 838.4999999999999.
    expect(pairwiseSum(Float64Array.from({ length: 129 }, (_, i) => (i + 1) / 10))).toBe(838.4999999999999);
    expect(pairwiseSum([])).toBe(0);
  });

  it('Jensen–Shannon distance is 0 for equal shares and sqrt(ln 2) for disjoint ones', () => {
    const p = new Float64Array([0.2, 0.8]);
    expect(jensenShannonDistance(p, p)).toBe(0);
    close(jensenShannonDistance(new Float64Array([1, 0]), new Float64Array([0, 3])), Math.sqrt(Math.LN2));
  });

  it('a reference with at most 20 distinct values gets one bin per value of either column', () => {
    const r = numericDrift([1, 1, 2, 2], [2, 3]);
    expect(r.binning).toBe('values');
    expect(r.binCount).toBe(3);
    // Shares 1/2, 1/2, 0 against 0, 1/2, 1/2; each empty bin becomes 0.0001.
    close(r.psi, 2 * (0.5 - 0.0001) * Math.log(0.5 / 0.0001));
    // m = (1/4, 1/2, 1/4): each side has KL = ln(2) / 2.
    close(r.jensenShannon, Math.sqrt(Math.LN2 / 2));
  });

  it('identical numeric columns show no drift', () => {
    const x = Array.from({ length: 500 }, (_, i) => Math.sin(i) * 10);
    const r = numericDrift(x, x);
    expect(r.ks.statistic).toBe(0);
    expect(r.ks.pvalue).toBe(1);
    expect(r.psi).toBe(0);
    expect(r.jensenShannon).toBe(0);
    expect(r.wassersteinNormed).toBe(0);
    expect(r.binning).toBe('sturges');
  });
});

describe('categorical tests', () => {
  it('a category absent from the reference gives chi-square p = 0', () => {
    const r = categoricalDrift(['a', 'a', 'b'], ['a', 'b', 'c']);
    expect(r.chiSquare.pvalue).toBe(0);
    expect(r.zTest).toBeUndefined();
  });

  it('chi-square of counts proportional to the reference is 0 with p = 1', () => {
    const r = chiSquareGoodnessOfFit(new Float64Array([10, 20, 30]), new Float64Array([5, 10, 15]));
    expect(r).toEqual({ statistic: 0, dof: 2, pvalue: 1 });
  });

  it('pooled two-proportion z-test', () => {
    // 60/100 against 40/100: pooled 0.5, se = sqrt(0.25 · 0.02), z = 0.2 / 0.0707… = 2√2.
    const z = twoProportionZTest(60, 100, 40, 100);
    close(z.statistic, 2 * Math.SQRT2);
    close(z.pvalue, 2 * normalSf(2 * Math.SQRT2));
    const r = categoricalDrift(['x', 'y', 'y', 'x'], ['y', 'x']);
    expect(r.zTest?.pvalue).toBe(1);
    expect(r.psi).toBe(0);
  });
});
