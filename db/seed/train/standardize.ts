/**
 * Per-column z-scores fitted on the training split only, so no test information leaks into the model.
 * Gradient descent with one learning rate needs comparable feature scales (weights in lbs vs litres).
 */
export interface Standardizer {
  means: number[];
  deviations: number[];
}

export function fitStandardizer(rows: readonly (readonly number[])[]): Standardizer {
  const columns = rows[0]?.length ?? 0;
  const means = Array.from({ length: columns }, (_, j) => rows.reduce((sum, row) => sum + (row[j] as number), 0) / rows.length);
  const deviations = means.map((mean, j) => {
    const variance = rows.reduce((sum, row) => sum + ((row[j] as number) - mean) ** 2, 0) / rows.length;
    // A constant column would divide by zero; leaving it unscaled is harmless.
    return variance > 0 ? Math.sqrt(variance) : 1;
  });
  return { means, deviations };
}

export function standardize(standardizer: Standardizer, rows: readonly (readonly number[])[]): number[][] {
  return rows.map((row) =>
    row.map((value, j) => (value - (standardizer.means[j] as number)) / (standardizer.deviations[j] as number)),
  );
}
