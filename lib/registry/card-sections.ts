import { MODEL_CARD_SECTIONS, type ModelCardSection } from '@/db/schema';

export { MODEL_CARD_SECTIONS, type ModelCardSection };

/** Section titles and the question each one answers, shown in the editor. */
export const CARD_SECTION_INFO: Record<ModelCardSection, { title: string; hint: string }> = {
  overview: { title: 'Overview', hint: 'What the model does, in two or three sentences.' },
  intendedUse: { title: 'Intended use and users', hint: 'Who should use it, for which decisions.' },
  outOfScope: { title: 'Out-of-scope uses', hint: 'Uses it was not designed or validated for.' },
  trainingData: { title: 'Training data', hint: 'Sources, time span, preprocessing, known gaps.' },
  evaluationData: { title: 'Evaluation data and results', hint: 'Held-out data and the metrics obtained on it.' },
  limitations: { title: 'Limitations', hint: 'Where it is known to do poorly.' },
  ethicalConsiderations: { title: 'Ethical considerations', hint: 'Sensitive attributes, fairness, potential harm.' },
  caveats: { title: 'Caveats and recommendations', hint: 'What users must keep in mind.' },
};

export type ModelCardSections = Record<ModelCardSection, string>;

export interface Completeness {
  filled: number;
  total: number;
  missing: ModelCardSection[];
}

export function completeness(card: ModelCardSections): Completeness {
  const missing = MODEL_CARD_SECTIONS.filter((s) => card[s].trim() === '');
  return { filled: MODEL_CARD_SECTIONS.length - missing.length, total: MODEL_CARD_SECTIONS.length, missing };
}
