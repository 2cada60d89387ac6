import { formatMetric } from '@/components/format';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ActionResult } from '@/lib/actions/result';
import type { Comparison, Direction, MetricDelta } from '@/lib/compare/types';
import { FlipDirection } from './flip-direction';
import { VersionHeads } from './version-head';

function Delta({ delta, better }: { delta: MetricDelta; better: boolean | null }) {
  const sign = delta.abs > 0 ? '+' : '';
  const tone = better === null ? 'text-muted-fg' : better ? 'text-success' : 'text-danger';
  return (
    <div className={`text-xs ${tone}`}>
      {sign}
      {formatMetric(delta.abs)}
      {delta.pct !== null && ` (${sign}${delta.pct.toFixed(1)} %)`}
    </div>
  );
}

/** Every metric of every version, its delta against the baseline, and the best value per metric. */
const reversed = (d: Direction): Direction => (d === 'higher' ? 'lower' : 'higher');

interface Props {
  comparison: Comparison;
  /** For owners of the baseline's model: a form action that reverses how a metric is ranked. */
  flip?: (metric: string, direction: Direction) => () => Promise<ActionResult>;
}

export function MetricTable({ comparison, flip }: Props) {
  const { versions, baseline, metrics } = comparison;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Metric</TableHead>
          <VersionHeads versions={versions} baseline={baseline} />
        </TableRow>
      </TableHeader>
      <TableBody>
        {metrics.map((m) => (
          <TableRow key={m.key} data-testid={`metric-row-${m.key}`}>
            <TableHead scope="row" className="font-medium">
              {m.key} <span className="text-xs font-normal text-muted-fg">{m.direction === 'higher' ? '↑ higher is better' : '↓ lower is better'}</span>
              {flip && <FlipDirection metric={m.key} next={reversed(m.direction)} action={flip(m.key, reversed(m.direction))} />}
            </TableHead>
            {m.values.map((value, i) => {
              const best = m.best.includes(i);
              const delta = m.deltas[i];
              return (
                <TableCell key={versions[i]?.ref} className={`text-right tabular-nums ${best ? 'bg-success/10 font-semibold' : ''}`} data-best={best || undefined}>
                  {value === null ? <span className="text-muted-fg">—</span> : formatMetric(value)}
                  {best && <span className="sr-only"> (best)</span>}
                  {best && <span aria-hidden> ★</span>}
                  {delta && <Delta delta={delta} better={delta.abs === 0 ? null : (delta.abs > 0) === (m.direction === 'higher')} />}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
