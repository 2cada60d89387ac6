import { Markdown } from '@/components/markdown';
import { CARD_SECTION_INFO, MODEL_CARD_SECTIONS, type ModelCardSections } from '@/lib/registry/card-sections';

export function ModelCardView({ sections }: { sections: ModelCardSections }) {
  return (
    <dl className="grid gap-5 md:grid-cols-2">
      {MODEL_CARD_SECTIONS.map((key) => (
        <div key={key}>
          <dt className="text-sm font-semibold">{CARD_SECTION_INFO[key].title}</dt>
          <dd className="mt-1">
            {sections[key].trim() ? <Markdown>{sections[key]}</Markdown> : <p className="text-sm italic text-muted-fg">Not written yet.</p>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
