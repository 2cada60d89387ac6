/**
 * Evaluation metrics on held-out data. Classes are integer indices 0..classCount-1 so that a class the
 * model never predicts still counts in the macro averages (sklearn's behaviour with zero_division=0).
 */

/**
 * Which classes a macro average runs over. `all`: every class 0..classCount-1. `present`: only classes that
 * occur in the labels or the predictions (scikit-learn's default), which is what model monitoring computes
 * on a production batch (lib/monitoring/engine/performance.ts): a July batch without snow must not be
 * scored as if the model had failed on snow.
 */
export type MacroClasses = 'all' | 'present';

function assertSameLength(actual: readonly number[], predicted: readonly number[]): void {
  if (actual.length !== predicted.length) {
    throw new RangeError(`length mismatch: ${actual.length} actual vs ${predicted.length} predicted`);
  }
  if (actual.length === 0) throw new RangeError('cannot score an empty set');
}

export function accuracy(actual: readonly number[], predicted: readonly number[]): number {
  assertSameLength(actual, predicted);
  let correct = 0;
  actual.forEach((label, i) => {
    if (predicted[i] === label) correct++;
  });
  return correct / actual.length;
}

interface ClassCounts {
  truePositive: number;
  predictedPositive: number;
  actualPositive: number;
}

function perClassCounts(actual: readonly number[], predicted: readonly number[], classCount: number): ClassCounts[] {
  assertSameLength(actual, predicted);
  const counts = Array.from({ length: classCount }, () => ({ truePositive: 0, predictedPositive: 0, actualPositive: 0 }));
  actual.forEach((label, i) => {
    const guess = predicted[i] as number;
    const actualCounts = counts[label];
    const guessCounts = counts[guess];
    if (!actualCounts || !guessCounts) throw new RangeError(`label outside 0..${classCount - 1}`);
    actualCounts.actualPositive++;
    guessCounts.predictedPositive++;
    if (guess === label) actualCounts.truePositive++;
  });
  return counts;
}

const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 0 : numerator / denominator);
const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

function averagedClasses(actual: readonly number[], predicted: readonly number[], classCount: number, over: MacroClasses): ClassCounts[] {
  const counts = perClassCounts(actual, predicted, classCount);
  return over === 'all' ? counts : counts.filter((c) => c.actualPositive > 0 || c.predictedPositive > 0);
}

export function precisionMacro(actual: readonly number[], predicted: readonly number[], classCount: number, over: MacroClasses = 'all'): number {
  return mean(averagedClasses(actual, predicted, classCount, over).map((c) => ratio(c.truePositive, c.predictedPositive)));
}

export function recallMacro(actual: readonly number[], predicted: readonly number[], classCount: number, over: MacroClasses = 'all'): number {
  return mean(averagedClasses(actual, predicted, classCount, over).map((c) => ratio(c.truePositive, c.actualPositive)));
}

/** Mean of per-class F1 scores, not the F1 of the macro precision and recall (they differ). */
export function f1Macro(actual: readonly number[], predicted: readonly number[], classCount: number, over: MacroClasses = 'all'): number {
  const scores = averagedClasses(actual, predicted, classCount, over).map((c) =>
    ratio(2 * c.truePositive, c.predictedPositive + c.actualPositive),
  );
  return mean(scores);
}

/** Probabilities are clipped so that one confidently wrong row gives a large but finite loss. */
export function logLoss(actual: readonly number[], probabilities: readonly (readonly number[])[]): number {
  if (actual.length !== probabilities.length || actual.length === 0) {
    throw new RangeError('logLoss needs one probability row per label');
  }
  const epsilon = 1e-15;
  let total = 0;
  actual.forEach((label, i) => {
    const p = probabilities[i]?.[label];
    if (p === undefined) throw new RangeError(`no probability for label ${label}`);
    total -= Math.log(Math.min(1 - epsilon, Math.max(epsilon, p)));
  });
  return total / actual.length;
}

export function rmse(actual: readonly number[], predicted: readonly number[]): number {
  assertSameLength(actual, predicted);
  return Math.sqrt(mean(actual.map((value, i) => (value - (predicted[i] as number)) ** 2)));
}

export function mae(actual: readonly number[], predicted: readonly number[]): number {
  assertSameLength(actual, predicted);
  return mean(actual.map((value, i) => Math.abs(value - (predicted[i] as number))));
}

/** For a constant target r2 is undefined; like sklearn we report 1 for a perfect fit and 0 otherwise. */
export function r2(actual: readonly number[], predicted: readonly number[]): number {
  assertSameLength(actual, predicted);
  const average = mean(actual);
  const residual = actual.reduce((sum, value, i) => sum + (value - (predicted[i] as number)) ** 2, 0);
  const total = actual.reduce((sum, value) => sum + (value - average) ** 2, 0);
  if (total === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / total;
}

export function classificationMetrics(
  actual: readonly number[],
  predicted: readonly number[],
  classCount: number,
  over: MacroClasses = 'all',
): Record<string, number> {
  return {
    accuracy: accuracy(actual, predicted),
    precision_macro: precisionMacro(actual, predicted, classCount, over),
    recall_macro: recallMacro(actual, predicted, classCount, over),
    f1_macro: f1Macro(actual, predicted, classCount, over),
  };
}

export function regressionMetrics(actual: readonly number[], predicted: readonly number[]): Record<string, number> {
  return { rmse: rmse(actual, predicted), mae: mae(actual, predicted), r2: r2(actual, predicted) };
}
