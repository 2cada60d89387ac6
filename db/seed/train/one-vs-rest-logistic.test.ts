import { describe, it, expect } from 'vitest';
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import { classProbabilities, toMljsLogisticRegression, trainOneVsRest } from './one-vs-rest-logistic';

// Three small, overlapping clusters with an intercept column first.
const x = [
  [1, -1.2, -0.8], [1, -0.9, -1.1], [1, -1.4, -0.3], [1, -0.2, -0.9],
  [1, 1.1, -0.2], [1, 0.8, 0.1], [1, 1.3, -0.6], [1, 0.2, 0.3],
  [1, -0.1, 1.2], [1, 0.3, 0.9], [1, -0.4, 1.4], [1, 0.5, 1.0],
];
const labels = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2];
const settings = { numSteps: 40, learningRate: 0.05 };

describe('trainOneVsRest', () => {
  const result = trainOneVsRest(x, labels, 3, { ...settings, recordEvery: 10, evaluate: () => ({ checkpoint: 1 }) });

  it('reproduces the weights ml-logistic-regression itself learns', () => {
    const reference = new LogisticRegression(settings);
    reference.train(new Matrix(x), Matrix.columnVector(labels));
    const expected = (JSON.parse(JSON.stringify(reference.toJSON())) as { classifiers: { weights: number[][] }[] })
      .classifiers.map((classifier) => classifier.weights[0]);
    expect(expected).toHaveLength(3);
    result.weights.forEach((classWeights, c) => {
      classWeights.forEach((weight, j) => expect(weight).toBeCloseTo(expected[c]?.[j] ?? Number.NaN, 10));
    });
  });

  it('records a checkpoint every recordEvery steps', () => {
    expect(result.histories.checkpoint?.map((point) => point.step)).toEqual([10, 20, 30, 40]);
  });

  it('yields probabilities that sum to one and a package model that agrees with them', () => {
    const model = toMljsLogisticRegression(result.weights, settings);
    const predicted = model.predict(new Matrix(x));
    x.forEach((row, i) => {
      const probabilities = classProbabilities(result.weights, row);
      expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(predicted[i]).toBe(probabilities.indexOf(Math.max(...probabilities)));
    });
    expect(predicted.filter((label, i) => label === labels[i]).length).toBeGreaterThanOrEqual(10);
  });
});
