import { describe, it, expect } from 'vitest';
import {
  accuracy,
  classificationMetrics,
  f1Macro,
  logLoss,
  mae,
  precisionMacro,
  r2,
  recallMacro,
  regressionMetrics,
  rmse,
} from './metrics';

describe('classification metrics', () => {
  // Per class: 0 → P 1/2, R 1/2, F1 1/2; 1 → P 2/3, R 1, F1 4/5; 2 → P 1, R 1/2, F1 2/3.
  const actual = [0, 0, 1, 1, 2, 2];
  const predicted = [0, 1, 1, 1, 2, 0];

  it('computes accuracy, macro precision, recall and F1 by hand-checked counts', () => {
    expect(accuracy(actual, predicted)).toBeCloseTo(4 / 6, 12);
    expect(precisionMacro(actual, predicted, 3)).toBeCloseTo(13 / 18, 12);
    expect(recallMacro(actual, predicted, 3)).toBeCloseTo(2 / 3, 12);
    expect(f1Macro(actual, predicted, 3)).toBeCloseTo(59 / 90, 12);
  });

  it('counts classes that are never predicted or never present as zero', () => {
    expect(precisionMacro([0, 0, 1], [0, 0, 0], 3)).toBeCloseTo(2 / 9, 12);
    expect(recallMacro([0, 0, 1], [0, 0, 0], 3)).toBeCloseTo(1 / 3, 12);
    expect(f1Macro([0, 0, 1], [0, 0, 0], 3)).toBeCloseTo(0.8 / 3, 12);
  });

  it('averages over the classes in the labels or the predictions only when asked to', () => {
    // Class 1 never occurs; class 2 only as a wrong guess. 0 → P 2/3, R 1, F1 4/5; 2 → all 0; 3 → P 1, R 1/3, F1 1/2.
    const labels = [0, 0, 3, 3, 3];
    const guesses = [0, 0, 3, 2, 0];
    expect(precisionMacro(labels, guesses, 4, 'present')).toBeCloseTo(5 / 9, 12);
    expect(recallMacro(labels, guesses, 4, 'present')).toBeCloseTo(4 / 9, 12);
    expect(f1Macro(labels, guesses, 4, 'present')).toBeCloseTo(13 / 30, 12);
    expect(f1Macro(labels, guesses, 4)).toBeCloseTo(13 / 40, 12);
    expect(classificationMetrics(actual, predicted, 3, 'present')).toEqual(classificationMetrics(actual, predicted, 3));
  });

  it('bundles the four scores under MLflow-style names', () => {
    expect(Object.keys(classificationMetrics(actual, predicted, 3))).toEqual([
      'accuracy',
      'precision_macro',
      'recall_macro',
      'f1_macro',
    ]);
  });

  it('rejects mismatched, empty or out-of-range inputs', () => {
    expect(() => accuracy([0, 1], [0])).toThrow(RangeError);
    expect(() => accuracy([], [])).toThrow(RangeError);
    expect(() => f1Macro([0, 3], [0, 0], 2)).toThrow(RangeError);
  });

  it('computes log loss and clips impossible probabilities', () => {
    expect(logLoss([0, 1], [[0.9, 0.1], [0.2, 0.8]])).toBeCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, 12);
    expect(logLoss([1], [[1, 0]])).toBeCloseTo(-Math.log(1e-15), 9);
  });
});

describe('regression metrics', () => {
  const actual = [3, -0.5, 2, 7];
  const predicted = [2.5, 0, 2, 8];

  it('matches the hand-computed rmse, mae and r2', () => {
    // Squared errors 0.25, 0.25, 0, 1 → MSE 0.375; total sum of squares about the mean 2.875 is 29.1875.
    expect(rmse(actual, predicted)).toBeCloseTo(Math.sqrt(0.375), 12);
    expect(mae(actual, predicted)).toBeCloseTo(0.5, 12);
    expect(r2(actual, predicted)).toBeCloseTo(1 - 1.5 / 29.1875, 12);
    expect(regressionMetrics(actual, predicted)).toEqual({
      rmse: rmse(actual, predicted),
      mae: 0.5,
      r2: r2(actual, predicted),
    });
  });

  it('is perfect on a perfect prediction and defined for a constant target', () => {
    expect(rmse([1, 2], [1, 2])).toBe(0);
    expect(r2([1, 2], [1, 2])).toBe(1);
    expect(r2([2, 2], [2, 2])).toBe(1);
    expect(r2([2, 2], [2, 3])).toBe(0);
  });
});
