import { formatMetric, formatPercent, type BestRun, type ModelMeta } from '../model-assembly';
import { sourceLocation, type PackageSource } from '../package-data';
import type { DemoModel } from '../types';

export const CAR_ORIGIN_META: ModelMeta = {
  name: 'car-origin-classifier',
  description: 'Predicts whether a car was built in the USA, Europe or Japan from its fuel economy and engine specifications.',
  task: 'classification',
  framework: 'mljs',
  riskTier: 'medium',
  team: 'automotive-insights',
  tags: { domain: 'automotive', dataset: 'vega-cars', algorithm: 'logistic-regression' },
  experimentName: 'car-origin',
  codeRepository: 'db/seed/train/models/car-origin-classifier.ts',
};

interface OriginFacts {
  train: number;
  test: number;
  source: PackageSource;
  testY: readonly number[];
  classes: readonly string[];
}

/** Limitations, ethical considerations and caveats are left unwritten on purpose: the demo card is incomplete. */
export function carOriginCard({ versionNumber, run }: BestRun, facts: OriginFacts): DemoModel['card'] {
  const p = run.params;
  const counts = facts.classes.map((name, code) => ({ name, count: facts.testY.filter((label) => label === code).length }));
  const majority = counts.reduce((best, entry) => (entry.count > best.count ? entry : best));
  const majorityShare = ((majority.count / facts.test) * 100).toFixed(1);
  return {
    overview: [
      'One-vs-rest logistic regression (`ml-logistic-regression`) predicting the region of manufacture (USA, Europe, Japan) from mpg, cylinders, displacement, horsepower, weight, acceleration and model year.',
      '',
      `Version ${versionNumber} has the best held-out macro F1: learning rate ${p.learning_rate}, ${p.num_steps} full-batch gradient steps on standardised features.`,
      'Training and test log loss are logged at 100 checkpoints per run, so the under-training of early versions is visible in the run charts.',
    ].join('\n'),
    intendedUse:
      'Filling in a missing region-of-manufacture field when importing historical (1970–1982) vehicle catalogues, with a human reviewing low-confidence rows.',
    outOfScope: 'Establishing the legal origin of a vehicle, customs or tax decisions, and cars built after 1982.',
    trainingData: [
      `${facts.train} cars from the Auto MPG data in \`${facts.source.packageName}@${facts.source.version}\` (\`${sourceLocation(facts.source, 'train')}\`), rows with missing values dropped.`,
      `Split ${Math.round((1 - Number(p.test_fraction)) * 100)}/${Math.round(Number(p.test_fraction) * 100)} stratified by origin (split seed ${p.split_seed}); means and standard deviations for scaling come from the training rows only.`,
    ].join(' '),
    evaluationData: [
      `${facts.test} held-out cars: ${counts.map((entry) => `${entry.count} ${entry.name}`).join(', ')}. Always answering ${majority.name} would score ${majorityShare}% accuracy.`,
      '',
      `Version ${versionNumber}: accuracy ${formatPercent(run, 'accuracy')}, macro F1 ${formatMetric(run, 'f1_macro')}, macro precision ${formatMetric(run, 'precision_macro')}, macro recall ${formatMetric(run, 'recall_macro')}, test log loss ${formatMetric(run, 'log_loss')} (training ${formatMetric(run, 'train_log_loss')}).`,
    ].join('\n'),
  };
}
