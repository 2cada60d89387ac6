import { formatMetric, type BestRun, type ModelMeta } from '../model-assembly';
import { sourceLocation, type PackageSource } from '../package-data';
import type { DemoModel } from '../types';

export const CAR_MPG_META: ModelMeta = {
  name: 'car-mpg-regressor',
  description: 'Estimates a car’s fuel efficiency in miles per gallon from engine size, power, weight, acceleration and model year.',
  task: 'regression',
  framework: 'mljs',
  riskTier: 'high',
  team: 'automotive-insights',
  tags: { domain: 'automotive', dataset: 'vega-cars', algorithm: 'random-forest' },
  experimentName: 'car-mpg',
  codeRepository: 'db/seed/train/models/car-mpg-regressor.ts',
};

interface CarFacts {
  train: number;
  test: number;
  dropped: number;
  source: PackageSource;
  testY: readonly number[];
}

/** Out-of-scope use and ethical considerations are left unwritten on purpose: the card of this high-risk model is incomplete. */
export function carMpgCard({ versionNumber, run }: BestRun, facts: CarFacts): DemoModel['card'] {
  const p = run.params;
  const mean = facts.testY.reduce((sum, value) => sum + value, 0) / facts.testY.length;
  const spread = Math.sqrt(facts.testY.reduce((sum, value) => sum + (value - mean) ** 2, 0) / facts.testY.length);
  return {
    overview: [
      'Random-forest regressor (`ml-random-forest`) estimating city-cycle fuel consumption in miles per US gallon from cylinder count, displacement, horsepower, weight, acceleration and model year.',
      '',
      `Version ${versionNumber} has the lowest held-out RMSE: ${p.n_estimators} trees, \`max_features\` ${p.max_features}, max depth ${p.max_depth}, nodes of ${p.min_num_samples} or fewer cars left unsplit, predictions averaged over trees.`,
    ].join('\n'),
    intendedUse:
      'Ballpark fuel-economy estimates for listings of used cars whose official figure is missing. Estimates are shown to buyers, hence the high risk tier: they must be labelled as estimates.',
    trainingData: [
      `${facts.train} cars from the classic Auto MPG data (model years 1970–1982, US, European and Japanese makes) as shipped by \`${facts.source.packageName}@${facts.source.version}\` (\`${sourceLocation(facts.source, 'train')}\`).`,
      `${facts.dropped} cars with a missing fuel efficiency or horsepower were dropped before splitting.`,
      `Split ${Math.round((1 - Number(p.test_fraction)) * 100)}/${Math.round(Number(p.test_fraction) * 100)}, stratified by cylinder count, split seed ${p.split_seed}.`,
    ].join(' '),
    evaluationData: [
      `${facts.test} held-out cars, mean ${mean.toFixed(1)} mpg (standard deviation ${spread.toFixed(1)}). Version ${versionNumber}:`,
      '',
      '| metric | value |',
      '| --- | --- |',
      `| RMSE (mpg) | ${formatMetric(run, 'rmse', 2)} |`,
      `| MAE (mpg) | ${formatMetric(run, 'mae', 2)} |`,
      `| R² | ${formatMetric(run, 'r2')} |`,
    ].join('\n'),
    limitations: [
      '- Cars built between 1970 and 1982 only; modern engines, hybrids and EVs are far outside the training range and a forest cannot extrapolate beyond the targets it has seen.',
      '- Trees predict averages of training cars, so the most and least efficient cars are pulled towards the middle.',
    ].join('\n'),
    caveats: 'The `year` feature encodes the regulatory era (fuel-economy standards tightened through the period), not the age of the car.',
  };
}
