import { formatMetric, formatPercent, type BestRun, type ModelMeta } from '../model-assembly';
import { sourceLocation, type PackageSource } from '../package-data';
import type { DemoModel } from '../types';

export const PENGUIN_SPECIES_META: ModelMeta = {
  name: 'penguin-species-classifier',
  description: 'Classifies Palmer Archipelago penguins as Adelie, Chinstrap or Gentoo from bill, flipper and body-mass measurements.',
  task: 'classification',
  framework: 'mljs',
  riskTier: 'low',
  team: 'ecology-research',
  tags: { domain: 'ecology', dataset: 'palmer-penguins', algorithm: 'decision-tree' },
  experimentName: 'penguin-species',
  codeRepository: 'db/seed/train/models/penguin-species-classifier.ts',
};

interface PenguinFacts {
  train: number;
  test: number;
  dropped: number;
  source: PackageSource;
  classes: readonly string[];
}

/** Intended use, ethical considerations and caveats are left unwritten on purpose: the demo card is incomplete. */
export function penguinSpeciesCard({ versionNumber, run }: BestRun, facts: PenguinFacts): DemoModel['card'] {
  const p = run.params;
  return {
    overview: [
      `Single CART decision tree (\`ml-cart\`, Gini impurity) that tells ${facts.classes.slice(0, -1).join(', ')} and ${facts.classes.at(-1)} penguins apart from bill length, bill depth, flipper length and body mass.`,
      '',
      `Version ${versionNumber} has the best held-out macro F1: max depth ${p.max_depth}, nodes of ${p.min_num_samples} or fewer birds left unsplit, minimum gain ${p.gain_threshold}.`,
      'A single tree was preferred over an ensemble because field staff can read its splits directly.',
    ].join('\n'),
    outOfScope: 'Sexing birds, estimating age or condition, and any penguin species other than the three above.',
    trainingData: [
      `${facts.train} adult penguins measured at Palmer Station, Antarctica (2007–2009), from \`${facts.source.packageName}@${facts.source.version}\` (\`${sourceLocation(facts.source, 'train')}\`).`,
      `${facts.dropped} birds without measurements were dropped; the split is ${Math.round((1 - Number(p.test_fraction)) * 100)}/${Math.round(Number(p.test_fraction) * 100)}, stratified by species, split seed ${p.split_seed}.`,
    ].join(' '),
    evaluationData: [
      `${facts.test} held-out birds. Version ${versionNumber}: accuracy ${formatPercent(run, 'accuracy')}, macro precision ${formatMetric(run, 'precision_macro')}, macro recall ${formatMetric(run, 'recall_macro')}, macro F1 ${formatMetric(run, 'f1_macro')}.`,
      'Macro averages weight the rarer Chinstrap penguins as much as the other two species.',
    ].join('\n\n'),
    limitations: [
      '- Three islands and three seasons only; measurements taken with other protocols (e.g. bill length from a photo) may shift the split thresholds.',
      '- Axis-aligned splits approximate the diagonal boundary between Adelie and Chinstrap bills coarsely.',
    ].join('\n'),
  };
}
