import { formatMetric } from '@/components/format';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { Comparison, Direction, MetricDelta } from '@/lib/compare/types';
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
interface Props {
  comparison: Comparison;
  /** For owners of the baseline's model: a form action that reverses how a metric is ranked. */
  flip?: (metric: string, direction: Direction) => () => Promise<void>;
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
              {flip && (
                <form action={flip(m.key, m.direction === 'higher' ? 'lower' : 'higher')} className="inline">
                  <button type="submit" className="ml-1 rounded px-1 text-xs text-primary hover:underline" aria-label={`Rank ${m.key} as ${m.direction === 'higher' ? 'lower' : 'higher'} is better`}>
                    ⇅
                  </button>
                </form>
              )}
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
