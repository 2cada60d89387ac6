import { formatMetric } from '@/components/format';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { MetricDelta, MetricRow } from '@/lib/compare/types';

function Delta({ delta, higherIsBetter }: { delta: MetricDelta | null | undefined; higherIsBetter: boolean }) {
  if (!delta) return <span className="text-muted-fg">—</span>;
  const sign = delta.abs > 0 ? '+' : '';
  const verdict = delta.abs === 0 ? null : delta.abs > 0 === higherIsBetter ? 'better' : 'worse';
  return (
    <span className={verdict === 'better' ? 'text-success' : verdict === 'worse' ? 'text-danger' : 'text-muted-fg'}>
      {sign}
      {formatMetric(delta.abs)}
      {delta.pct !== null && ` (${sign}${delta.pct.toFixed(1)} %)`}
      {verdict && <span className="sr-only"> ({verdict})</span>}
    </span>
  );
}

interface Props {
  /** The production version (the baseline, first value of each row), or null when there is none to compare with. */
  production: number | null;
  version: number;
  metrics: MetricRow[];
}

/** A version's metrics against production's, with each change coloured by whether it is an improvement. */
export function MetricDeltas({ production, version, metrics }: Props) {
  if (metrics.length === 0) return <p className="text-sm text-muted-fg">Version {version} logged no metrics.</p>;
  return (
    <>
      {production === null && <p className="text-sm text-muted-fg">No other version is in production, so these are version {version}&apos;s own metrics.</p>}
      <Table aria-label={production === null ? `Metrics of version ${version}` : `Version ${version} against production (version ${production})`}>
      <TableHeader>
        <TableRow>
          <TableHead>Metric</TableHead>
          {production !== null && <TableHead className="text-right">Production v{production}</TableHead>}
          <TableHead className="text-right">v{version}</TableHead>
          {production !== null && <TableHead className="text-right">Change</TableHead>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {metrics.map((m) => {
          const own = production === null ? m.values[0] : m.values[1];
          return (
            <TableRow key={m.key}>
              <TableHead scope="row" className="h-auto py-1.5 font-medium text-fg">
                {m.key} <span className="text-xs font-normal text-muted-fg">{m.direction === 'higher' ? '↑' : '↓'}</span>
              </TableHead>
              {production !== null && <TableCell className="py-1.5 text-right tabular-nums">{m.values[0] == null ? '—' : formatMetric(m.values[0])}</TableCell>}
              <TableCell className="py-1.5 text-right tabular-nums">{own == null ? '—' : formatMetric(own)}</TableCell>
              {production !== null && (
                <TableCell className="py-1.5 text-right text-xs tabular-nums">
                  <Delta delta={m.deltas[1]} higherIsBetter={m.direction === 'higher'} />
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
      </Table>
    </>
  );
}
