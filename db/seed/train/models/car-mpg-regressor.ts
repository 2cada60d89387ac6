import { type ForestConfig, forestOptions, forestParams } from '../forest-config';
import { RandomForestRegression } from 'ml-random-forest';
import { describeTrainTest } from '../canonical-csv';
import { regressorHistory } from '../forest-history';
import { r2, regressionMetrics, rmse } from '../metrics';
import { assembleModel } from '../model-assembly';
import { packageVersion } from '../package-data';
import { timed, type ModelContext, type TrainedRun } from '../run-record';
import { splitTrainTest } from '../seeded-random';
import { loadCars, type CarRow } from '../source-data';
import type { DemoModel, SignatureColumn } from '../types';
import { CAR_MPG_META, carMpgCard } from './car-mpg-profile';

const INPUTS: SignatureColumn[] = [
  { name: 'cylinders', type: 'long' },
  { name: 'displacement', type: 'double' },
  { name: 'horsepower', type: 'double' },
  { name: 'weight_in_lbs', type: 'double' },
  { name: 'acceleration', type: 'double' },
  { name: 'year', type: 'long' },
];
const FEATURES = INPUTS.map((column) => column.name);
const TARGET = 'miles_per_gallon';
const SPLIT = { testFraction: 0.25, seed: 1983 };

/** Deeper trees first, then leaf-size rather than depth limits: unregularised forests serialise to megabytes of JSON. */
const VERSIONS: readonly ForestConfig[] = [
  { nEstimators: 20, maxFeatures: 1, maxDepth: 3, minNumSamples: 3, seed: 7, description: 'Shallow baseline: 20 depth-3 trees on all six features.' },
  { nEstimators: 40, maxFeatures: 0.5, maxDepth: 6, minNumSamples: 3, seed: 19, description: 'Deeper trees (depth 6) on random halves of the features.' },
  { nEstimators: 60, maxFeatures: 0.67, maxDepth: 8, minNumSamples: 5, seed: 29, description: 'Depth 8, four features per tree, nodes of 5 or fewer cars left unsplit.' },
  { nEstimators: 100, maxFeatures: 0.67, minNumSamples: 10, seed: 31, description: '100 unlimited-depth trees on four features each, nodes of 10 or fewer cars left unsplit.' },
];

const features = (row: CarRow): number[] => [
  row.cylinders,
  row.displacement,
  row.horsepower,
  row.weightLbs,
  row.acceleration,
  row.year,
];

export function trainCarMpgRegressor(context: ModelContext): DemoModel {
  const cars = loadCars();
  const { train, test } = splitTrainTest(cars.rows, { ...SPLIT, stratifyBy: (row) => String(row.cylinders) });
  const trainX = train.map(features);
  const trainY = train.map((row) => row.milesPerGallon);
  const testX = test.map(features);
  const testY = test.map((row) => row.milesPerGallon);
  const libraryVersion = packageVersion('ml-random-forest');

  const runs = VERSIONS.map((config): TrainedRun => {
    const { result: forest, durationMs } = timed(() => {
      const model = new RandomForestRegression({ ...forestOptions(config, false), selectionMethod: 'mean' });
      model.train(trainX, trainY);
      return model;
    });
    const perTree = forest.predictionValues(testX);
    return {
      runName: `rf-regression-${config.nEstimators}-trees-seed-${config.seed}`,
      description: config.description,
      params: {
        ...forestParams(config),
        selection_method: 'mean',
        split_seed: SPLIT.seed,
        test_fraction: SPLIT.testFraction,
      },
      metrics: regressionMetrics(testY, forest.predict(testX)),
      histories: {
        rmse: regressorHistory(perTree, (means) => rmse(testY, means)),
        r2: regressorHistory(perTree, (means) => r2(testY, means)),
      },
      durationMs,
      inputSignature: INPUTS,
      artifact: {
        library: 'ml-random-forest',
        libraryVersion,
        estimator: 'RandomForestRegression',
        features: FEATURES,
        target: TARGET,
        model: forest.toJSON(),
      },
    };
  });

  return assembleModel({
    context,
    runs,
    datasets: describeTrainTest({
      baseName: 'cars-mpg',
      source: cars.source,
      columns: ['name', ...FEATURES, TARGET],
      toCsvRow: (row: CarRow) => [row.name, ...features(row), row.milesPerGallon],
      train,
      test,
    }),
    outputSignature: [{ name: TARGET, type: 'double' }],
    library: `ml-random-forest@${libraryVersion}`,
    selectBy: { metric: 'rmse', direction: 'lower' },
    meta: CAR_MPG_META,
    card: (best) =>
      carMpgCard(best, { train: train.length, test: test.length, dropped: cars.droppedRows, source: cars.source, testY }),
  });
}
