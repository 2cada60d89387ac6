/**
 * Drift statistics for model monitoring: compare a reference column (training or a baseline window)
 * with a current column (recent traffic). Pure TypeScript, no I/O; usable on the server or in the browser.
 *
 * Numeric columns: two-sample Kolmogorov–Smirnov test, normalized Wasserstein distance, PSI and
 * Jensen–Shannon distance. Categorical columns: chi-square goodness of fit, the two-proportion
 * z-test when there are exactly two categories, PSI and Jensen–Shannon distance. The figures
 * reproduce SciPy 1.10 / NumPy 1.24 (see drift-vectors.test.ts).
 */

import { type Binned, categoricalBins, numericBins, toShares } from './binning';
import { type ChiSquareResult, type ZTestResult, chiSquareGoodnessOfFit, twoProportionZTest } from './categorical';
import { jensenShannonDistance } from './jensen-shannon';
import { type KsMethod, ksAsymptoticPValue, ksStatisticSorted, ksTwoSampleSorted } from './ks';
import { psiFromShares } from './psi';
import { type CategoricalColumn, type NumericColumn, sortedSample } from './sample';
import { wassersteinNormedSorted } from './wasserstein';

export interface NumericDriftReport {
  kind: 'numeric';
  referenceSize: number;
  currentSize: number;
  ks: {
    statistic: number;
    pvalue: number;
    /** How `pvalue` was computed ('auto' picks exact up to 10,000 values per sample). */
    method: 'exact' | 'asymp';
    /** Asymptotic p-value for the same samples, whatever `method` was used. */
    pvalueAsymptotic: number;
  };
  /** W1 / max(population std of the reference, 0.001). */
  wassersteinNormed: number;
  psi: number;
  jensenShannon: number;
  /** 'sturges' when the reference has more than 20 distinct values, else one bin per value. */
  binning: 'sturges' | 'values';
  binCount: number;
}

export interface CategoricalDriftReport {
  kind: 'categorical';
  referenceSize: number;
  currentSize: number;
  categories: string[];
  chiSquare: ChiSquareResult;
  /** Present only when the two columns hold exactly two categories between them. */
  zTest?: ZTestResult;
  psi: number;
  jensenShannon: number;
}

export interface NumericDriftOptions {
  ksMethod?: KsMethod;
}

function shareStatistics<L>(bins: Binned<L>): { psi: number; jensenShannon: number } {
  const ref = toShares(bins.referenceCounts);
  const cur = toShares(bins.currentCounts);
  return { psi: psiFromShares(ref, cur), jensenShannon: jensenShannonDistance(ref, cur) };
}

/** Drift statistics for a numeric column. NaN values are left out; each side needs at least one value. */
export function numericDrift(
  reference: NumericColumn,
  current: NumericColumn,
  options: NumericDriftOptions = {},
): NumericDriftReport {
  const ref = sortedSample(reference, 'reference');
  const cur = sortedSample(current, 'current');
  const ks = ksTwoSampleSorted(ref, cur, options.ksMethod ?? 'auto');
  const pvalueAsymptotic =
    ks.method === 'asymp' ? ks.pvalue : ksAsymptoticPValue(ksStatisticSorted(ref, cur), ref.length, cur.length);
  const bins = numericBins(ref, cur);
  return {
    kind: 'numeric',
    referenceSize: ref.length,
    currentSize: cur.length,
    ks: { ...ks, pvalueAsymptotic },
    wassersteinNormed: wassersteinNormedSorted(ref, cur),
    ...shareStatistics(bins),
    binning: bins.edges ? 'sturges' : 'values',
    binCount: bins.labels.length,
  };
}

/** Drift statistics for a categorical column; each side needs at least one value. */
export function categoricalDrift(reference: CategoricalColumn, current: CategoricalColumn): CategoricalDriftReport {
  if (reference.length === 0 || current.length === 0) throw new RangeError('categorical drift: columns must not be empty');
  const bins = categoricalBins(reference, current);
  const report: CategoricalDriftReport = {
    kind: 'categorical',
    referenceSize: reference.length,
    currentSize: current.length,
    categories: bins.labels,
    chiSquare: chiSquareGoodnessOfFit(bins.referenceCounts, bins.currentCounts),
    ...shareStatistics(bins),
  };
  if (bins.labels.length === 2) {
    report.zTest = twoProportionZTest(bins.referenceCounts[0]!, reference.length, bins.currentCounts[0]!, current.length);
  }
  return report;
}

export type { ChiSquareResult, ZTestResult } from './categorical';
export { ksTwoSample } from './ks';
export type { KsMethod, KsResult } from './ks';
export type { CategoricalColumn, NumericColumn } from './sample';
export { wasserstein, wassersteinNormed } from './wasserstein';
