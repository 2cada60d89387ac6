import { CircleCheck, CircleX } from 'lucide-react';
import { cn } from '@/components/ui/cn';
import type { GateResult } from '@/db/schema';

const NAMES: Record<string, string> = { card: 'Model card', lineage: 'Lineage', alerts: 'Critical alerts' };

/** A gate's name for people: `metric:accuracy` reads "Metric accuracy". */
export const gateName = (gate: string) => NAMES[gate] ?? (gate.startsWith('metric:') ? `Metric ${gate.slice(7)}` : gate);

/** Each gate's verdict with its reason; failing gates stand out, and say so in words as well as colour. */
export function GateList({ gates, label = 'Gates' }: { gates: GateResult[]; label?: string }) {
  if (gates.length === 0) return <p className="text-sm text-muted-fg">The policy sets no gates.</p>;
  return (
    <ul aria-label={label} className="space-y-1.5">
      {gates.map((g) => (
        <li
          key={g.gate}
          data-gate={g.gate}
          data-passed={g.passed}
          className={cn('flex gap-2 text-sm', !g.passed && 'rounded-md border border-danger bg-danger/10 p-2')}
        >
          {g.passed ? <CircleCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-success" /> : <CircleX aria-hidden className="mt-0.5 size-4 shrink-0 text-danger" />}
          <span>
            <span className={cn('font-medium', !g.passed && 'text-danger')}>
              {gateName(g.gate)} {g.passed ? 'passes' : 'fails'}:
            </span>{' '}
            {g.reason}
          </span>
        </li>
      ))}
    </ul>
  );
}
