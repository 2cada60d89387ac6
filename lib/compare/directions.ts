import type { Direction } from './types';

/** Words that mark a metric where smaller is better, matched as whole parts of the name (`val_loss`, `rmse`, `p95-latency-ms`). */
const LOWER_IS_BETTER = new Set(['loss', 'error', 'err', 'rmse', 'mse', 'mae', 'mape', 'smape', 'logloss', 'perplexity', 'latency', 'wer', 'cer', 'fpr', 'fnr', 'brier', 'cost', 'duration', 'seconds', 'time', 'ms']);

/** The direction a metric's name suggests; a model can override it per metric. */
export function defaultDirection(metric: string): Direction {
  const parts = metric.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return parts.some((p) => LOWER_IS_BETTER.has(p)) ? 'lower' : 'higher';
}
