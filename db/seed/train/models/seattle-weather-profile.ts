import { formatMetric, formatPercent, type BestRun, type ModelMeta } from '../model-assembly';
import { sourceLocation, type PackageSource } from '../package-data';
import type { DemoModel } from '../types';

export const SEATTLE_WEATHER_META: ModelMeta = {
  name: 'seattle-weather-classifier',
  description: 'Labels a day in Seattle as sun, rain, drizzle, fog or snow from its precipitation, temperature range and wind.',
  task: 'classification',
  framework: 'mljs',
  riskTier: 'medium',
  team: 'ecology-research',
  tags: { domain: 'weather', dataset: 'seattle-weather', algorithm: 'random-forest' },
  experimentName: 'seattle-weather',
  codeRepository: 'db/seed/train/models/seattle-weather-classifier.ts',
};

interface WeatherFacts {
  train: number;
  test: number;
  source: PackageSource;
  classes: readonly string[];
  testY: readonly number[];
}

/** Out-of-scope use and ethical considerations are left unwritten on purpose: the demo card is incomplete. */
export function seattleWeatherCard({ versionNumber, run }: BestRun, facts: WeatherFacts): DemoModel['card'] {
  const p = run.params;
  const mix = facts.classes.map((name, code) => `${facts.testY.filter((label) => label === code).length} ${name}`).join(', ');
  return {
    overview: [
      'Daily weather-type classifier for Seattle: from the day’s precipitation (mm), maximum and minimum temperature (°C) and mean wind speed (m/s) it predicts one of drizzle, fog, rain, snow or sun.',
      '',
      `Version ${versionNumber} has the best held-out macro F1. ${run.description}`,
      'It runs in production on each day’s station readings and is monitored month by month against its training data.',
    ].join('\n'),
    intendedUse:
      'Back-filling the weather type of days whose observer notes are missing in the station’s daily log, so that dashboards of sunny and rainy days stay complete.',
    trainingData: [
      `${facts.train} days of 2012–2013 from \`${facts.source.packageName}@${facts.source.version}\` (\`${sourceLocation(facts.source, 'train')}\`).`,
      `The ${facts.train + facts.test} days of those two years were split ${Math.round((1 - Number(p.test_fraction)) * 100)}/${Math.round(Number(p.test_fraction) * 100)}, stratified by weather type, split seed ${p.split_seed}; 2014 and later were never seen in training.`,
    ].join(' '),
    evaluationData: [
      `${facts.test} held-out days of 2012–2013: ${mix}. Version ${versionNumber}:`,
      '',
      '| metric | value |',
      '| --- | --- |',
      `| accuracy | ${formatPercent(run, 'accuracy')} |`,
      `| precision (macro) | ${formatMetric(run, 'precision_macro')} |`,
      `| recall (macro) | ${formatMetric(run, 'recall_macro')} |`,
      `| F1 (macro) | ${formatMetric(run, 'f1_macro')} |`,
      '',
      'Macro averages run over the weather types that occur in the labels or the predictions, as production monitoring computes them for each month.',
    ].join('\n'),
    limitations: [
      '- Two years of one station: a mild or wet year outside that range will look unlike anything in training.',
      '- Rain and sun are well separated by precipitation; drizzle and fog are not (dry, mild days), so they are mostly predicted as sun.',
      '- Snow is rare (a few dozen days), so its scores rest on a handful of held-out days.',
    ].join('\n'),
    caveats:
      'The weather type is an observer’s label, not a measurement: a change in how days are labelled (e.g. more fog, less drizzle) lowers measured accuracy without any change in the readings.',
  };
}
