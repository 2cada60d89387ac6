import { formatMetric, type BestRun, type ModelMeta } from '../model-assembly';
import { sourceLocation, type PackageSource } from '../package-data';
import type { DemoModel } from '../types';

export const PENGUIN_BODY_MASS_META: ModelMeta = {
  name: 'penguin-body-mass-regressor',
  description: 'Estimates a penguin’s body mass in grams from flipper and bill measurements, species and sex, for birds that cannot be weighed in the field.',
  task: 'regression',
  framework: 'mljs',
  riskTier: 'low',
  team: 'ecology-research',
  tags: { domain: 'ecology', dataset: 'palmer-penguins', algorithm: 'linear-regression' },
  experimentName: 'penguin-body-mass',
  codeRepository: 'db/seed/train/models/penguin-body-mass-regressor.ts',
};

export interface Coefficient {
  name: string;
  value: number;
}

interface BodyMassFacts {
  train: number;
  test: number;
  excluded: number;
  source: PackageSource;
  coefficients: readonly Coefficient[];
}

/** Out-of-scope use, limitations and ethical considerations are left unwritten on purpose: the demo card is incomplete. */
export function penguinBodyMassCard({ versionNumber, run }: BestRun, facts: BodyMassFacts): DemoModel['card'] {
  const p = run.params;
  return {
    overview: [
      'Ordinary least-squares linear regression (`ml-regression-multivariate-linear`) estimating body mass in grams.',
      '',
      `Version ${versionNumber} has the lowest held-out RMSE, using ${p.feature_count} encoded features plus an intercept:`,
      '',
      '| term | coefficient |',
      '| --- | --- |',
      ...facts.coefficients.map((term) => `| ${term.name} | ${term.value.toFixed(2)} |`),
    ].join('\n'),
    intendedUse:
      'Filling gaps in colony monitoring records when a bird was measured but could not be weighed; estimates should be flagged as modelled values in downstream analyses.',
    trainingData: [
      `${facts.train} adult penguins of known sex from the Palmer Station data in \`${facts.source.packageName}@${facts.source.version}\` (\`${sourceLocation(facts.source, 'train')}\`).`,
      `${facts.excluded} measured birds of unrecorded sex were excluded so that every version trains and tests on the same rows.`,
      `Split ${Math.round((1 - Number(p.test_fraction)) * 100)}/${Math.round(Number(p.test_fraction) * 100)} stratified by species and sex, split seed ${p.split_seed}.`,
    ].join(' '),
    evaluationData: `${facts.test} held-out birds. Version ${versionNumber}: RMSE ${formatMetric(run, 'rmse', 1)} g, MAE ${formatMetric(run, 'mae', 1)} g, R² ${formatMetric(run, 'r2')}.`,
    caveats:
      'Body mass changes through the breeding season; the data were collected during nesting, so estimates for birds measured at other times of year will be biased.',
  };
}
