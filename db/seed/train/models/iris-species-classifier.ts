import { type ForestConfig, forestOptions, forestParams } from '../forest-config';
import { RandomForestClassifier } from 'ml-random-forest';
import { describeTrainTest } from '../canonical-csv';
import { classifierHistory } from '../forest-history';
import { encodeLabels } from '../label-encoding';
import { accuracy, classificationMetrics, f1Macro } from '../metrics';
import { assembleModel } from '../model-assembly';
import { packageVersion } from '../package-data';
import { timed, type ModelContext, type TrainedRun } from '../run-record';
import { splitTrainTest } from '../seeded-random';
import { loadIris, type IrisRow } from '../source-data';
import type { DemoModel, SignatureColumn } from '../types';
import { IRIS_SPECIES_META, irisSpeciesCard } from './iris-species-profile';

const FEATURES = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];
const TARGET = 'species';
const SPLIT = { testFraction: 0.3, seed: 1936 };

/** A believable tuning story: start with stumps on single features, then widen the feature subsets and grow deeper, larger forests. */
const VERSIONS: readonly ForestConfig[] = [
  { nEstimators: 20, maxFeatures: 0.25, maxDepth: 1, seed: 11, description: 'Baseline: 20 stumps, each seeing a single feature.' },
  { nEstimators: 40, maxFeatures: 0.5, maxDepth: 2, seed: 23, description: '40 depth-2 trees on random pairs of features.' },
  { nEstimators: 80, maxFeatures: 0.75, maxDepth: 4, seed: 37, description: '80 trees up to depth 4 on three features each.' },
  { nEstimators: 150, maxFeatures: 1, seed: 41, description: '150 fully grown trees on all four measurements.' },
];

const features = (row: IrisRow): number[] => [row.sepalLength, row.sepalWidth, row.petalLength, row.petalWidth];

export function trainIrisSpeciesClassifier(context: ModelContext): DemoModel {
  const iris = loadIris();
  const { train, test } = splitTrainTest(iris.rows, { ...SPLIT, stratifyBy: (row) => row.species });
  const labels = encodeLabels(iris.rows.map((row) => row.species));
  const classCount = labels.classes.length;
  const trainX = train.map(features);
  const trainY = train.map((row) => labels.encode(row.species));
  const testX = test.map(features);
  const testY = test.map((row) => labels.encode(row.species));
  const libraryVersion = packageVersion('ml-random-forest');
  const inputSignature: SignatureColumn[] = FEATURES.map((name) => ({ name, type: 'double' }));

  const mistakesByRun: string[][] = [];
  const runs = VERSIONS.map((config): TrainedRun => {
    const { result: forest, durationMs } = timed(() => {
      const model = new RandomForestClassifier(forestOptions(config, true));
      model.train(trainX, trainY);
      return model;
    });
    const perTree = forest.predictionValues(testX);
    const predicted = forest.predict(testX);
    const name = (code: number | undefined) => labels.classes[code ?? -1] ?? String(code);
    mistakesByRun.push(testY.flatMap((label, i) => (predicted[i] === label ? [] : [`${name(label)} → ${name(predicted[i])}`])));
    return {
      runName: `rf-${config.nEstimators}-trees-seed-${config.seed}`,
      description: config.description,
      params: {
        ...forestParams(config),
        split_seed: SPLIT.seed,
        test_fraction: SPLIT.testFraction,
      },
      metrics: classificationMetrics(testY, predicted, classCount),
      histories: {
        accuracy: classifierHistory(perTree, (votes) => accuracy(testY, votes)),
        f1_macro: classifierHistory(perTree, (votes) => f1Macro(testY, votes, classCount)),
      },
      durationMs,
      inputSignature,
      artifact: {
        library: 'ml-random-forest',
        libraryVersion,
        estimator: 'RandomForestClassifier',
        features: FEATURES,
        target: TARGET,
        classes: labels.classes,
        model: forest.toJSON(),
      },
    };
  });

  return assembleModel({
    context,
    runs,
    datasets: describeTrainTest({
      baseName: 'iris',
      source: iris.source,
      columns: [...FEATURES, TARGET],
      toCsvRow: (row: IrisRow) => [...features(row), row.species],
      train,
      test,
    }),
    outputSignature: [{ name: TARGET, type: 'string' }],
    library: `ml-random-forest@${libraryVersion}`,
    selectBy: { metric: 'accuracy', direction: 'higher' },
    meta: IRIS_SPECIES_META,
    card: (best) =>
      irisSpeciesCard(best, {
        train: train.length,
        test: test.length,
        source: iris.source,
        versionCount: runs.length,
        mistakes: mistakesByRun[best.versionNumber - 1] ?? [],
      }),
  });
}
