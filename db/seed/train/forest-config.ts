/** One forest version of a demo model: its size, randomness, tree limits, and the line its version page shows. */
export interface ForestConfig {
  nEstimators: number;
  maxFeatures: number;
  maxDepth?: number;
  minNumSamples?: number;
  seed: number;
  description: string;
}

/** The ml-random-forest options every demo forest shares: bagged samples and no out-of-bag pass (it only costs time here). */
export function forestOptions(config: ForestConfig, replacement: boolean) {
  return {
    nEstimators: config.nEstimators,
    maxFeatures: config.maxFeatures,
    seed: config.seed,
    replacement,
    useSampleBagging: true,
    noOOB: true,
    treeOptions: {
      ...(config.minNumSamples === undefined ? {} : { minNumSamples: config.minNumSamples }),
      ...(config.maxDepth === undefined ? {} : { maxDepth: config.maxDepth }),
    },
  };
}

/** The forest's settings as the run logs them (MLflow-style params). */
export function forestParams(config: ForestConfig): Record<string, string | number | boolean> {
  return {
    n_estimators: config.nEstimators,
    max_features: config.maxFeatures,
    max_depth: config.maxDepth ?? 'unlimited',
    ...(config.minNumSamples === undefined ? {} : { min_num_samples: config.minNumSamples }),
    bootstrap: true,
    seed: config.seed,
  };
}
