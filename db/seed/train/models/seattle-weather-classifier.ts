import { describeTrainTest } from '../canonical-csv';
import { encodeLabels } from '../label-encoding';
import { assembleModel } from '../model-assembly';
import { buildMonitoring } from '../monitoring-data';
import type { ModelContext } from '../run-record';
import { splitTrainTest } from '../seeded-random';
import { loadSeattleWeather, type WeatherRow } from '../source-data';
import type { DemoModel, SignatureColumn } from '../types';
import { fitForest, fitLogistic, type WeatherFit, type WeatherTable } from './seattle-weather-learners';
import { SEATTLE_WEATHER_META, seattleWeatherCard } from './seattle-weather-profile';

const INPUTS: SignatureColumn[] = ['precipitation', 'temp_max', 'temp_min', 'wind'].map((name) => ({ name, type: 'double' }));
const FEATURES = INPUTS.map((column) => column.name);
const TARGET = 'weather';
/** The story: the model went live on this day, so it was built from earlier days only and later days are its production traffic. */
export const DEPLOYED_ON = '2014-01-01';
const SPLIT = { testFraction: 0.25, seed: 2013 };

/** A linear baseline, then forests: the classes are separated by thresholds (a dry day, a freezing one) that trees find directly. */
const VERSIONS: readonly ((table: WeatherTable) => WeatherFit)[] = [
  (table) =>
    fitLogistic(table, { learningRate: 0.01, numSteps: 3000, description: 'Baseline: one-vs-rest logistic regression on standardised features.' }),
  (table) =>
    fitForest(table, { nEstimators: 30, maxFeatures: 0.5, minNumSamples: 1, seed: 17, description: '30 fully grown trees, each on two of the four features.' }),
  (table) =>
    fitForest(table, {
      nEstimators: 40,
      maxFeatures: 0.75,
      minNumSamples: 10,
      seed: 29,
      description: 'Tuned: 40 trees on three features each, nodes of 10 or fewer days left unsplit so single odd days do not get a leaf.',
    }),
];

const features = (row: WeatherRow): number[] => [row.precipitationMm, row.tempMaxC, row.tempMinC, row.windMs];

/** Training and evaluation rows come from before `DEPLOYED_ON` only; the later days are left as production traffic. */
export function splitSeattleWeather(rows: readonly WeatherRow[]): { train: WeatherRow[]; test: WeatherRow[]; production: WeatherRow[] } {
  const history = rows.filter((row) => row.date < DEPLOYED_ON);
  const production = rows.filter((row) => row.date >= DEPLOYED_ON);
  return { ...splitTrainTest(history, { ...SPLIT, stratifyBy: (row) => row.weather }), production };
}

export function trainSeattleWeatherClassifier(context: ModelContext): DemoModel {
  const weather = loadSeattleWeather();
  const { train, test, production } = splitSeattleWeather(weather.rows);
  const labels = encodeLabels(train.map((row) => row.weather));
  const table: WeatherTable = {
    trainX: train.map(features),
    trainY: train.map((row) => labels.encode(row.weather)),
    testX: test.map(features),
    testY: test.map((row) => labels.encode(row.weather)),
    classes: labels.classes,
    inputSignature: INPUTS,
    splitParams: { split_seed: SPLIT.seed, test_fraction: SPLIT.testFraction },
  };
  const fits = VERSIONS.map((fitVersion) => fitVersion(table));
  const model = assembleModel({
    context,
    runs: fits.map((fit) => fit.run),
    datasets: describeTrainTest({
      baseName: 'seattle-weather',
      source: weather.source,
      columns: ['date', ...FEATURES, TARGET],
      toCsvRow: (row: WeatherRow) => [row.date, ...features(row), row.weather],
      train,
      test,
    }),
    outputSignature: [{ name: TARGET, type: 'string' }],
    // Overridden per run: the versions come from two libraries (see seattle-weather-learners.ts).
    library: 'mljs',
    selectBy: { metric: 'f1_macro', direction: 'higher' },
    meta: SEATTLE_WEATHER_META,
    card: (best) =>
      seattleWeatherCard(best, { train: train.length, test: test.length, source: weather.source, classes: labels.classes, testY: table.testY }),
  });
  const versionIndex = model.bestVersionIndex ?? 0;
  const monitored = fits[versionIndex] as WeatherFit;
  const monitoring = buildMonitoring({
    versionIndex,
    featureNames: FEATURES,
    features,
    date: (row) => row.date,
    label: (row) => row.weather,
    predict: (rows) => monitored.predict(rows.map(features)).map((code) => labels.classes[code] ?? String(code)),
    reference: train,
    production,
  });
  return { ...model, monitoring };
}
