import { formatMetric, formatPercent, type BestRun, type ModelMeta } from '../model-assembly';
import { sourceLocation, type PackageSource } from '../package-data';
import type { DemoModel } from '../types';

export const IRIS_SPECIES_META: ModelMeta = {
  name: 'iris-species-classifier',
  description: 'Identifies the species of an iris flower (setosa, versicolor or virginica) from four sepal and petal measurements.',
  task: 'classification',
  framework: 'mljs',
  riskTier: 'low',
  team: 'ml-platform',
  tags: { domain: 'botany', dataset: 'iris', algorithm: 'random-forest' },
  experimentName: 'iris-species',
  codeRepository: 'db/seed/train/models/iris-species-classifier.ts',
};

interface IrisFacts {
  train: number;
  test: number;
  source: PackageSource;
  versionCount: number;
  /** One `actual → predicted` entry per misclassified test flower of the best version. */
  mistakes: readonly string[];
}

function describeMistakes(versionNumber: number, mistakes: readonly string[]): string {
  if (mistakes.length === 0) return `Version ${versionNumber} classifies every test flower correctly.`;
  const counts = new Map<string, number>();
  for (const mistake of mistakes) counts.set(mistake, (counts.get(mistake) ?? 0) + 1);
  const list = [...counts].map(([pair, count]) => `${count} × ${pair}`).join(', ');
  return `Errors of version ${versionNumber} on the test flowers: ${list}.`;
}

/** Out-of-scope use, ethical considerations and caveats are left unwritten on purpose: the demo card is incomplete. */
export function irisSpeciesCard({ versionNumber, run }: BestRun, facts: IrisFacts): DemoModel['card'] {
  const p = run.params;
  const oneRow = (100 / facts.test).toFixed(1);
  return {
    overview: [
      `Random-forest classifier (\`ml-random-forest\`) that predicts the species of an iris flower from its sepal and petal length and width in centimetres.`,
      '',
      `Version ${versionNumber} is the best of ${facts.versionCount} trained versions on the held-out split: ${p.n_estimators} trees, \`max_features\` ${p.max_features}, max depth ${p.max_depth}, bootstrap seed ${p.seed}.`,
    ].join('\n'),
    intendedUse:
      'Reference model for the registry: a small, well-understood classifier used to demonstrate versioning, comparison and promotion. ' +
      'Suitable for measurements of the three species it was trained on.',
    trainingData: [
      `${facts.train} flowers from Fisher and Anderson's iris data as shipped by \`${facts.source.packageName}@${facts.source.version}\` (\`${sourceLocation(facts.source, 'train')}\`).`,
      `The 150 flowers were split ${Math.round((1 - Number(p.test_fraction)) * 100)}/${Math.round(Number(p.test_fraction) * 100)}, stratified by species, with split seed ${p.split_seed}; every version uses the same split.`,
    ].join(' '),
    evaluationData: [
      `${facts.test} held-out flowers (15 per species). Version ${versionNumber} results:`,
      '',
      `| metric | value |`,
      `| --- | --- |`,
      `| accuracy | ${formatPercent(run, 'accuracy')} |`,
      `| precision (macro) | ${formatMetric(run, 'precision_macro')} |`,
      `| recall (macro) | ${formatMetric(run, 'recall_macro')} |`,
      `| F1 (macro) | ${formatMetric(run, 'f1_macro')} |`,
    ].join('\n'),
    limitations: [
      `- Trained on 150 flowers from one historical collection; any flower that is not one of the three species will still be assigned one of them.`,
      `- With ${facts.test} test flowers a single mistake moves accuracy by ${oneRow} points, so versions within that margin are statistically indistinguishable.`,
      `- Setosa is linearly separable from the other two species; versicolor and virginica overlap. ${describeMistakes(versionNumber, facts.mistakes)}`,
    ].join('\n'),
  };
}
