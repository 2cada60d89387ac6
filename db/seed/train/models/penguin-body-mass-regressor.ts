import MultivariateLinearRegression from 'ml-regression-multivariate-linear';
import { describeTrainTest } from '../canonical-csv';
import { regressionMetrics } from '../metrics';
import { assembleModel } from '../model-assembly';
import { packageVersion } from '../package-data';
import { timed, type ModelContext, type TrainedRun } from '../run-record';
import { splitTrainTest } from '../seeded-random';
import { loadPenguins, type PenguinRow } from '../source-data';
import type { DemoModel, SignatureColumn } from '../types';
import { PENGUIN_BODY_MASS_META, penguinBodyMassCard, type Coefficient } from './penguin-body-mass-profile';

const TARGET = 'body_mass_g';
const SPLIT = { testFraction: 0.25, seed: 2009 };

/** A raw input column and how it enters the linear model (categories become 0/1 indicator columns). */
interface FeatureSpec {
  input: SignatureColumn;
  encoded: { name: string; value: (row: SexedPenguin) => number }[];
}

type SexedPenguin = PenguinRow & { sex: 'MALE' | 'FEMALE' };

const FLIPPER: FeatureSpec = {
  input: { name: 'flipper_length_mm', type: 'double' },
  encoded: [{ name: 'flipper_length_mm', value: (row) => row.flipperLengthMm }],
};
const BILL: FeatureSpec[] = [
  { input: { name: 'bill_length_mm', type: 'double' }, encoded: [{ name: 'bill_length_mm', value: (row) => row.billLengthMm }] },
  { input: { name: 'bill_depth_mm', type: 'double' }, encoded: [{ name: 'bill_depth_mm', value: (row) => row.billDepthMm }] },
];
const SPECIES: FeatureSpec = {
  input: { name: 'species', type: 'string' },
  // Adelie is the reference level; two indicators avoid a column collinear with the intercept.
  encoded: ['Chinstrap', 'Gentoo'].map((species) => ({
    name: `species_${species.toLowerCase()}`,
    value: (row: SexedPenguin) => (row.species === species ? 1 : 0),
  })),
};
const SEX: FeatureSpec = {
  input: { name: 'sex', type: 'string' },
  encoded: [{ name: 'sex_male', value: (row) => (row.sex === 'MALE' ? 1 : 0) }],
};

/** Feature-engineering iterations: each version adds the next most informative group of inputs. */
const VERSIONS: readonly { features: FeatureSpec[]; description: string }[] = [
  { features: [FLIPPER], description: 'Simple linear regression on flipper length.' },
  { features: [FLIPPER, ...BILL], description: 'Adds bill length and depth.' },
  { features: [FLIPPER, ...BILL, SPECIES], description: 'Adds species indicators (Adelie as reference).' },
  { features: [FLIPPER, ...BILL, SPECIES, SEX], description: 'Adds sex: males are markedly heavier within every species.' },
];

const hasSex = (row: PenguinRow): row is SexedPenguin => row.sex !== null;

export function trainPenguinBodyMassRegressor(context: ModelContext): DemoModel {
  const penguins = loadPenguins();
  // Birds of unrecorded sex are dropped for every version so that all versions share one split.
  const rows = penguins.rows.filter(hasSex);
  const { train, test } = splitTrainTest(rows, { ...SPLIT, stratifyBy: (row) => `${row.species}/${row.sex}` });
  const trainY = train.map((row) => [row.bodyMassG]);
  const testY = test.map((row) => row.bodyMassG);
  const libraryVersion = packageVersion('ml-regression-multivariate-linear');

  const coefficients: Coefficient[][] = [];
  const runs = VERSIONS.map((version, index): TrainedRun => {
    const encoded = version.features.flatMap((feature) => feature.encoded);
    const design = (subset: readonly SexedPenguin[]) => subset.map((row) => encoded.map((column) => column.value(row)));
    const { result: regression, durationMs } = timed(
      () => new MultivariateLinearRegression(design(train), trainY, { intercept: true, statistics: true }),
    );
    const predicted = regression.predict(design(test)).map((output) => output[0] ?? Number.NaN);
    // The library stores one weight row per input and the intercept last.
    const names = [...encoded.map((column) => column.name), 'intercept'];
    coefficients.push(regression.weights.map((row, i) => ({ name: names[i] ?? `x${i}`, value: row[0] ?? Number.NaN })));
    return {
      runName: `ols-${encoded.length}-features`,
      description: version.description,
      params: {
        features: encoded.map((column) => column.name).join(','),
        feature_count: encoded.length,
        intercept: true,
        split_seed: SPLIT.seed,
        test_fraction: SPLIT.testFraction,
      },
      metrics: regressionMetrics(testY, predicted),
      histories: {},
      durationMs,
      inputSignature: version.features.map((feature) => feature.input),
      tags: { feature_set: `v${index + 1}` },
      artifact: {
        library: 'ml-regression-multivariate-linear',
        libraryVersion,
        estimator: 'MultivariateLinearRegression',
        features: encoded.map((column) => column.name),
        target: TARGET,
        preprocessing: { indicators: { species_chinstrap: 'species = Chinstrap', species_gentoo: 'species = Gentoo', sex_male: 'sex = MALE' } },
        model: regression.toJSON(),
      },
    };
  });

  const columns = ['species', 'sex', 'bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', TARGET];
  return assembleModel({
    context,
    runs,
    datasets: describeTrainTest({
      baseName: 'penguins-body-mass',
      source: penguins.source,
      columns,
      toCsvRow: (row: SexedPenguin) => [row.species, row.sex, row.billLengthMm, row.billDepthMm, row.flipperLengthMm, row.bodyMassG],
      train,
      test,
    }),
    outputSignature: [{ name: TARGET, type: 'double' }],
    library: `ml-regression-multivariate-linear@${libraryVersion}`,
    selectBy: { metric: 'rmse', direction: 'lower' },
    meta: PENGUIN_BODY_MASS_META,
    card: (best) =>
      penguinBodyMassCard(best, {
        train: train.length,
        test: test.length,
        excluded: penguins.rows.length - rows.length,
        source: penguins.source,
        coefficients: coefficients[best.versionNumber - 1] ?? [],
      }),
  });
}
