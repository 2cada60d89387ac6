/**
 * Metric-versus-tree-count curves for random forests. ml-random-forest draws each tree's bootstrap and
 * feature subset from a seed chained from the previous tree, so the first k trees of a forest are exactly
 * the forest that `nEstimators: k` would have trained: scoring prefixes of one forest gives the real curve.
 */

/** Per-tree predictions, as returned by `forest.predictionValues(x)`: one row per sample, one column per tree. */
export interface PerTreePredictions {
  rows: number;
  columns: number;
  get(row: number, column: number): number;
}

export interface HistoryPoint {
  step: number;
  value: number;
}

/**
 * Majority vote with the same tie rule as ml-array-mode (the forest's own `selection`): the class that first
 * reaches a strictly higher count wins, so the last point equals the full forest's score.
 */
export function classifierHistory(
  perTree: PerTreePredictions,
  score: (predicted: number[]) => number,
): HistoryPoint[] {
  const counts = Array.from({ length: perTree.rows }, () => new Map<number, number>());
  const leader = new Array<number>(perTree.rows).fill(0);
  const leaderCount = new Array<number>(perTree.rows).fill(0);
  const history: HistoryPoint[] = [];
  for (let tree = 0; tree < perTree.columns; tree++) {
    for (let row = 0; row < perTree.rows; row++) {
      const vote = perTree.get(row, tree);
      const rowCounts = counts[row] as Map<number, number>;
      const count = (rowCounts.get(vote) ?? 0) + 1;
      rowCounts.set(vote, count);
      if (count > (leaderCount[row] as number)) {
        leaderCount[row] = count;
        leader[row] = vote;
      }
    }
    history.push({ step: tree + 1, value: score([...leader]) });
  }
  return history;
}

/** Mean of the first k trees' predictions, as `selectionMethod: 'mean'` does for the whole forest. */
export function regressorHistory(
  perTree: PerTreePredictions,
  score: (predicted: number[]) => number,
): HistoryPoint[] {
  const sums = new Array<number>(perTree.rows).fill(0);
  const history: HistoryPoint[] = [];
  for (let tree = 0; tree < perTree.columns; tree++) {
    for (let row = 0; row < perTree.rows; row++) {
      sums[row] = (sums[row] as number) + perTree.get(row, tree);
    }
    const trees = tree + 1;
    history.push({ step: trees, value: score(sums.map((sum) => sum / trees)) });
  }
  return history;
}
