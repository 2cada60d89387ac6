import { formatMetric } from '@/components/format';
import { METHOD_RULES, type DriftMethod } from '@/lib/monitoring/policy';

/** Names of the drift methods as readers know them from Evidently and SciPy. */
export const METHOD_LABELS: Record<DriftMethod, string> = {
  ks: 'Kolmogorov–Smirnov',
  wasserstein: 'Wasserstein (normed)',
  psi: 'PSI',
  jensenshannon: 'Jensen–Shannon',
  chisquare: 'Chi-square',
  ztest: 'Z-test (proportions)',
};

/** "p ≤ 0.05" or "distance ≥ 0.1": what the statistic is and when it counts as drift. */
export function driftCondition(method: DriftMethod, threshold: number): string {
  const rule = METHOD_RULES[method];
  if (rule.measures === 'distance') return `distance ≥ ${formatStatistic(threshold)}`;
  return `p ${rule.inclusive ? '≤' : '<'} ${formatStatistic(threshold)}`;
}

/** Four significant digits without trailing zeros (thresholds read 0.05, not 0.05000); p-values span many orders of magnitude, so tiny ones keep their exponent. */
export function formatStatistic(value: number): string {
  if (value !== 0 && Math.abs(value) < 1e-3) return value.toExponential(2);
  return Math.abs(value) >= 1000 ? formatMetric(value) : String(Number(value.toPrecision(4)));
}

/** A rate in 0–1 as a percentage; a non-zero rate never rounds to a bare 0 %. */
export function formatPercent(rate: number): string {
  if (rate > 0 && rate < 0.001) return '<0.1%';
  return `${Number((rate * 100).toFixed(1))}%`;
}
