import { Matrix } from 'ml-matrix';
import { describeTrainTest } from '../canonical-csv';
import { encodeLabels } from '../label-encoding';
import { classificationMetrics, logLoss } from '../metrics';
import { assembleModel } from '../model-assembly';
import { classProbabilities, toMljsLogisticRegression, trainOneVsRest } from '../one-vs-rest-logistic';
import { packageVersion } from '../package-data';
import { timed, type ModelContext, type TrainedRun } from '../run-record';
import { splitTrainTest } from '../seeded-random';
import { loadCars, type CarRow } from '../source-data';
import { fitStandardizer, standardize } from '../standardize';
import type { DemoModel, SignatureColumn } from '../types';
import { CAR_ORIGIN_META, carOriginCard } from './car-origin-profile';

const INPUTS: SignatureColumn[] = [
  { name: 'miles_per_gallon', type: 'double' },
  { name: 'cylinders', type: 'long' },
  { name: 'displacement', type: 'double' },
  { name: 'horsepower', type: 'double' },
  { name: 'weight_in_lbs', type: 'double' },
  { name: 'acceleration', type: 'double' },
  { name: 'year', type: 'long' },
];
const FEATURES = INPUTS.map((column) => column.name);
const TARGET = 'origin';
const SPLIT = { testFraction: 0.25, seed: 1977 };

interface GradientConfig {
  learningRate: number;
  numSteps: number;
  description: string;
}

/** Same model family each time; the versions differ in how far gradient ascent was allowed to go. */
const VERSIONS: readonly GradientConfig[] = [
  { learningRate: 0.0001, numSteps: 100, description: 'First pass: tiny learning rate, 100 steps (still underfitted).' },
  { learningRate: 0.0005, numSteps: 400, description: 'Learning rate ×5, 400 steps.' },
  { learningRate: 0.001, numSteps: 1500, description: 'Learning rate 0.001, 1,500 steps.' },
  { learningRate: 0.002, numSteps: 3000, description: 'Learning rate 0.002, 3,000 steps, close to convergence.' },
];
const HISTORY_POINTS = 100;

const rawFeatures = (row: CarRow): number[] => [
  row.milesPerGallon,
  row.cylinders,
  row.displacement,
  row.horsepower,
  row.weightLbs,
  row.acceleration,
  row.year,
];

export function trainCarOriginClassifier(context: ModelContext): DemoModel {
  const cars = loadCars();
  const { train, test } = splitTrainTest(cars.rows, { ...SPLIT, stratifyBy: (row) => row.origin });
  const labels = encodeLabels(cars.rows.map((row) => row.origin));
  const classCount = labels.classes.length;
  const standardizer = fitStandardizer(train.map(rawFeatures));
  // ml-logistic-regression fits no intercept of its own, so a constant column is prepended.
  const design = (rows: readonly CarRow[]) => standardize(standardizer, rows.map(rawFeatures)).map((row) => [1, ...row]);
  const trainX = design(train);
  const trainY = train.map((row) => labels.encode(row.origin));
  const testX = design(test);
  const testY = test.map((row) => labels.encode(row.origin));
  const libraryVersion = packageVersion('ml-logistic-regression');

  const runs = VERSIONS.map((config): TrainedRun => {
    const lossOn = (x: number[][], y: number[], weights: readonly (readonly number[])[]) =>
      logLoss(y, x.map((row) => classProbabilities(weights, row)));
    const { result, durationMs } = timed(() =>
      trainOneVsRest(trainX, trainY, classCount, {
        ...config,
        recordEvery: Math.max(1, Math.round(config.numSteps / HISTORY_POINTS)),
        evaluate: (weights) => ({ train_log_loss: lossOn(trainX, trainY, weights), log_loss: lossOn(testX, testY, weights) }),
      }),
    );
    const model = toMljsLogisticRegression(result.weights, config);
    return {
      runName: `logreg-lr-${config.learningRate}-steps-${config.numSteps}`,
      description: config.description,
      params: {
        learning_rate: config.learningRate,
        num_steps: config.numSteps,
        strategy: 'one-vs-rest',
        standardize: true,
        split_seed: SPLIT.seed,
        test_fraction: SPLIT.testFraction,
      },
      metrics: {
        ...classificationMetrics(testY, model.predict(new Matrix(testX)), classCount),
        log_loss: lossOn(testX, testY, result.weights),
        train_log_loss: lossOn(trainX, trainY, result.weights),
      },
      histories: result.histories,
      durationMs,
      inputSignature: INPUTS,
      artifact: {
        library: 'ml-logistic-regression',
        libraryVersion,
        estimator: 'LogisticRegression',
        features: FEATURES,
        target: TARGET,
        classes: labels.classes,
        preprocessing: { standardize: standardizer, prependInterceptColumn: true },
        model: model.toJSON(),
      },
    };
  });

  return assembleModel({
    context,
    runs,
    datasets: describeTrainTest({
      baseName: 'cars-origin',
      source: cars.source,
      columns: ['name', ...FEATURES, TARGET],
      toCsvRow: (row: CarRow) => [row.name, ...rawFeatures(row), row.origin],
      train,
      test,
    }),
    outputSignature: [{ name: TARGET, type: 'string' }],
    library: `ml-logistic-regression@${libraryVersion}`,
    selectBy: { metric: 'f1_macro', direction: 'higher' },
    meta: CAR_ORIGIN_META,
    card: (best) => carOriginCard(best, { train: train.length, test: test.length, source: cars.source, testY, classes: labels.classes }),
  });
}
