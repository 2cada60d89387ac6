/**
 * One drift method's figure for one column, from the forms the monitoring store keeps: an ascending
 * numeric sample, or the count of every category. The figure is a p-value for the tests (KS,
 * chi-square, z) and a distance for the others (normed Wasserstein, PSI, Jensen–Shannon).
 */

import type { DriftMethod } from '../policy';
import { type Binned, countsOf, numericBins, pairedBins, toShares } from './binning';
import { chiSquareGoodnessOfFit, twoProportionZTest } from './categorical';
import { jensenShannonDistance } from './jensen-shannon';
import { ksTwoSampleSorted } from './ks';
import { psiFromShares } from './psi';
import { wassersteinNormedSorted } from './wasserstein';

export interface Statistic {
  value: number;
  /** The test statistic behind a p-value (KS D, χ² and its degrees of freedom, z), for the report. */
  extras: Record<string, number | string>;
}

function shareDistance<L>(method: 'psi' | 'jensenshannon', bins: Binned<L>): Statistic {
  const ref = toShares(bins.referenceCounts);
  const cur = toShares(bins.currentCounts);
  const value = method === 'psi' ? psiFromShares(ref, cur) : jensenShannonDistance(ref, cur);
  return { value, extras: { bins: bins.labels.length } };
}

function test<L>(method: 'chisquare' | 'ztest', bins: Binned<L>): Statistic {
  if (method === 'ztest' && bins.labels.length === 2) {
    const ref = countTotal(bins.referenceCounts);
    const cur = countTotal(bins.currentCounts);
    const z = twoProportionZTest(bins.referenceCounts[0]!, ref, bins.currentCounts[0]!, cur);
    return { value: z.pvalue, extras: { statistic: z.statistic } };
  }
  // A third category seen only now leaves two proportions nothing to compare: chi-square judges it.
  const chi = chiSquareGoodnessOfFit(bins.referenceCounts, bins.currentCounts);
  return { value: chi.pvalue, extras: { statistic: chi.statistic, dof: chi.dof, ...(method === 'ztest' ? { test: 'chisquare' } : {}) } };
}

const countTotal = (counts: Float64Array) => counts.reduce((a, b) => a + b, 0);

/** A numeric column's figure; both samples ascending, without NaN, and not empty. */
export function numericStatistic(method: DriftMethod, reference: Float64Array, current: Float64Array): Statistic {
  switch (method) {
    case 'ks': {
      const ks = ksTwoSampleSorted(reference, current, 'auto');
      return { value: ks.pvalue, extras: { statistic: ks.statistic, mode: ks.method } };
    }
    case 'wasserstein':
      return { value: wassersteinNormedSorted(reference, current), extras: {} };
    case 'psi':
    case 'jensenshannon':
      return shareDistance(method, numericBins(reference, current));
    case 'chisquare':
    case 'ztest':
      return test(method, pairedBins(countsOf(reference), countsOf(current), (a, b) => a - b));
  }
}

/** A categorical column's figure from the count of each category on both sides (neither empty). */
export function categoricalStatistic(method: DriftMethod, reference: Map<string, number>, current: Map<string, number>): Statistic {
  const bins = pairedBins(reference, current);
  switch (method) {
    case 'psi':
    case 'jensenshannon':
      return shareDistance(method, bins);
    case 'chisquare':
    case 'ztest':
      return test(method, bins);
    case 'ks':
    case 'wasserstein':
      throw new RangeError(`${method} needs numeric values`);
  }
}
