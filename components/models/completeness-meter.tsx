import { Progress } from '@/components/ui/progress';
import { CARD_SECTION_INFO, type Completeness } from '@/lib/registry/card-sections';

export function CompletenessMeter({ completeness }: { completeness: Completeness }) {
  const percent = Math.round((completeness.filled / completeness.total) * 100);
  return (
    <div className="space-y-1.5" data-testid="card-completeness">
      <div className="flex justify-between text-sm">
        <span className="font-medium">Completeness</span>
        <span className="tabular-nums text-muted-fg">
          {completeness.filled} of {completeness.total} sections
        </span>
      </div>
      <Progress value={percent} label={`Model card ${percent}% complete`} />
      {completeness.missing.length > 0 && (
        <p className="text-xs text-muted-fg">Still empty: {completeness.missing.map((s) => CARD_SECTION_INFO[s].title).join(', ')}.</p>
      )}
    </div>
  );
}
