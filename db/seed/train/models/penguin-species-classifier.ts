import { DecisionTreeClassifier } from 'ml-cart';
import { describeTrainTest } from '../canonical-csv';
import { encodeLabels } from '../label-encoding';
import { classificationMetrics } from '../metrics';
import { assembleModel } from '../model-assembly';
import { packageVersion } from '../package-data';
import { timed, type ModelContext, type TrainedRun } from '../run-record';
import { splitTrainTest } from '../seeded-random';
import { loadPenguins, type PenguinRow } from '../source-data';
import type { DemoModel, SignatureColumn } from '../types';
import { PENGUIN_SPECIES_META, penguinSpeciesCard } from './penguin-species-profile';

const FEATURES = ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g'];
const TARGET = 'species';
const SPLIT = { testFraction: 0.25, seed: 2007 };

interface TreeConfig {
  maxDepth?: number;
  minNumSamples: number;
  gainThreshold: number;
  description: string;
}

/** From a single split to a tree grown until its leaves are pure, so the versions span under- to fully-fitted trees. */
const VERSIONS: readonly TreeConfig[] = [
  { maxDepth: 1, minNumSamples: 3, gainThreshold: 0.01, description: 'Decision stump: one split, so at most two of the three species can be predicted.' },
  { maxDepth: 2, minNumSamples: 3, gainThreshold: 0.01, description: 'Depth-2 tree, library defaults otherwise.' },
  { maxDepth: 4, minNumSamples: 3, gainThreshold: 0.01, description: 'Depth-4 tree, library defaults otherwise.' },
  { minNumSamples: 1, gainThreshold: 0, description: 'Unpruned: grown until every leaf is pure.' },
];

const features = (row: PenguinRow): number[] => [row.billLengthMm, row.billDepthMm, row.flipperLengthMm, row.bodyMassG];

export function trainPenguinSpeciesClassifier(context: ModelContext): DemoModel {
  const penguins = loadPenguins();
  const { train, test } = splitTrainTest(penguins.rows, { ...SPLIT, stratifyBy: (row) => row.species });
  const labels = encodeLabels(penguins.rows.map((row) => row.species));
  const classCount = labels.classes.length;
  const trainX = train.map(features);
  const trainY = train.map((row) => labels.encode(row.species));
  const testX = test.map(features);
  const testY = test.map((row) => labels.encode(row.species));
  const libraryVersion = packageVersion('ml-cart');
  const inputSignature: SignatureColumn[] = FEATURES.map((name) => ({ name, type: 'double' }));

  const runs = VERSIONS.map((config): TrainedRun => {
    const { result: tree, durationMs } = timed(() => {
      const model = new DecisionTreeClassifier({
        gainFunction: 'gini',
        minNumSamples: config.minNumSamples,
        gainThreshold: config.gainThreshold,
        ...(config.maxDepth === undefined ? {} : { maxDepth: config.maxDepth }),
      });
      model.train(trainX, trainY);
      return model;
    });
    return {
      runName: `cart-depth-${config.maxDepth ?? 'unlimited'}-min-${config.minNumSamples}`,
      description: config.description,
      params: {
        max_depth: config.maxDepth ?? 'unlimited',
        min_num_samples: config.minNumSamples,
        gain_threshold: config.gainThreshold,
        gain_function: 'gini',
        split_seed: SPLIT.seed,
        test_fraction: SPLIT.testFraction,
      },
      metrics: classificationMetrics(testY, tree.predict(testX), classCount),
      histories: {},
      durationMs,
      inputSignature,
      artifact: {
        library: 'ml-cart',
        libraryVersion,
        estimator: 'DecisionTreeClassifier',
        features: FEATURES,
        target: TARGET,
        classes: labels.classes,
        model: tree.toJSON(),
      },
    };
  });

  return assembleModel({
    context,
    runs,
    datasets: describeTrainTest({
      baseName: 'penguins-species',
      source: penguins.source,
      columns: [...FEATURES, TARGET],
      toCsvRow: (row: PenguinRow) => [...features(row), row.species],
      train,
      test,
    }),
    outputSignature: [{ name: TARGET, type: 'string' }],
    library: `ml-cart@${libraryVersion}`,
    selectBy: { metric: 'f1_macro', direction: 'higher' },
    meta: PENGUIN_SPECIES_META,
    card: (best) =>
      penguinSpeciesCard(best, {
        train: train.length,
        test: test.length,
        dropped: penguins.droppedRows,
        source: penguins.source,
        classes: labels.classes,
      }),
  });
}
