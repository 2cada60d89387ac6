import { type ForestConfig, forestOptions, forestParams } from '../forest-config';
import { Matrix } from 'ml-matrix';
import { RandomForestClassifier } from 'ml-random-forest';
import { classifierHistory } from '../forest-history';
import { accuracy, classificationMetrics, f1Macro } from '../metrics';
import { toMljsLogisticRegression, trainOneVsRest } from '../one-vs-rest-logistic';
import { packageVersion } from '../package-data';
import { timed, type ArtifactEnvelope, type TrainedRun } from '../run-record';
import { fitStandardizer, standardize } from '../standardize';
import type { SignatureColumn } from '../types';

/** The encoded 2012–2013 split every version of the weather model is trained and scored on. */
export interface WeatherTable {
  trainX: number[][];
  trainY: number[];
  testX: number[][];
  testY: number[];
  classes: string[];
  inputSignature: SignatureColumn[];
  /** Recorded on every run so the split behind the metrics is visible in the run's params. */
  splitParams: Record<string, number>;
}

/** A trained version and the means to score new days with it: monitoring needs its predictions, not just its metrics. */
export interface WeatherFit {
  run: TrainedRun;
  /** Class codes for raw feature rows (the fit applies its own preprocessing). */
  predict: (x: readonly (readonly number[])[]) => number[];
}

export interface LogisticConfig {
  learningRate: number;
  numSteps: number;
  description: string;
}

const HISTORY_POINTS = 100;

/**
 * Macro averages over the classes present (in labels or predictions): the definition monitoring applies to a
 * month without snow, so a version's evaluation metrics and its production metrics can be read side by side.
 */
const score = (table: WeatherTable, predicted: number[]) =>
  classificationMetrics(table.testY, predicted, table.classes.length, 'present');

type RunParts = Pick<TrainedRun, 'artifact' | 'tags'>;

/** The versions use two libraries, so each run names its own instead of relying on a model-wide tag. */
function packaged(table: WeatherTable, library: string, estimator: string, extra: Pick<ArtifactEnvelope, 'model' | 'preprocessing'>): RunParts {
  const libraryVersion = packageVersion(library);
  return {
    artifact: {
      library,
      libraryVersion,
      estimator,
      features: table.inputSignature.map((column) => column.name),
      target: 'weather',
      classes: table.classes,
      ...extra,
    },
    tags: { library: `${library}@${libraryVersion}` },
  };
}

export function fitLogistic(table: WeatherTable, config: LogisticConfig): WeatherFit {
  const standardizer = fitStandardizer(table.trainX);
  // The package's binary models have no bias term, so each standardised row gets a constant 1 in front.
  const design = (x: readonly (readonly number[])[]) => standardize(standardizer, x).map((row) => [1, ...row]);
  const trainX = design(table.trainX);
  const testX = new Matrix(design(table.testX));
  const { result, durationMs } = timed(() =>
    trainOneVsRest(trainX, table.trainY, table.classes.length, {
      ...config,
      recordEvery: Math.max(1, Math.round(config.numSteps / HISTORY_POINTS)),
      evaluate: (weights) => {
        const predicted = toMljsLogisticRegression(weights, config).predict(testX);
        return { accuracy: accuracy(table.testY, predicted), f1_macro: f1Macro(table.testY, predicted, table.classes.length, 'present') };
      },
    }),
  );
  const model = toMljsLogisticRegression(result.weights, config);
  return {
    predict: (x) => model.predict(new Matrix(design(x))),
    run: {
      runName: `logreg-lr-${config.learningRate}-steps-${config.numSteps}`,
      description: config.description,
      params: { learning_rate: config.learningRate, num_steps: config.numSteps, strategy: 'one-vs-rest', standardize: true, ...table.splitParams },
      metrics: score(table, model.predict(testX)),
      histories: result.histories,
      durationMs,
      inputSignature: table.inputSignature,
      ...packaged(table, 'ml-logistic-regression', 'LogisticRegression', {
        preprocessing: { standardize: standardizer, prependInterceptColumn: true },
        model: model.toJSON(),
      }),
    },
  };
}

export function fitForest(table: WeatherTable, config: ForestConfig): WeatherFit {
  const { result: forest, durationMs } = timed(() => {
    const model = new RandomForestClassifier(forestOptions(config, true));
    model.train(table.trainX, table.trainY);
    return model;
  });
  const perTree = forest.predictionValues(table.testX);
  const classCount = table.classes.length;
  return {
    predict: (x) => forest.predict(x.map((row) => [...row])),
    run: {
      runName: `rf-${config.nEstimators}-trees-seed-${config.seed}`,
      description: config.description,
      params: { ...forestParams(config), ...table.splitParams },
      metrics: score(table, forest.predict(table.testX)),
      histories: {
        accuracy: classifierHistory(perTree, (votes) => accuracy(table.testY, votes)),
        f1_macro: classifierHistory(perTree, (votes) => f1Macro(table.testY, votes, classCount, 'present')),
      },
      durationMs,
      inputSignature: table.inputSignature,
      ...packaged(table, 'ml-random-forest', 'RandomForestClassifier', { model: forest.toJSON() }),
    },
  };
}
