import Link from 'next/link';
import { formatMetric } from '@/components/format';
import { RelativeTime } from '@/components/relative-time';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { BatchSummary } from '@/lib/monitoring/types';
import { DriftBadge } from './drift-badge';
import { monitoringPagePath } from './endpoints';

interface Props {
  batches: BatchSummary[];
  /** The batch whose report and distributions the page shows. */
  selectedId: number | null;
  modelName: string;
  version: number;
}

/**
 * The version's batches, newest first as given. Picking one is a link to `?batch=<id>`, so the
 * server renders its report and the choice works without JavaScript and survives a reload.
 */
export function BatchTable({ batches, selectedId, modelName, version }: Props) {
  if (batches.length === 0) {
    return <EmptyState title="No batches yet" description="Upload a batch of production data to see how far it has drifted from the reference." />;
  }
  const metrics = [...new Set(batches.flatMap((b) => Object.keys(b.performance ?? {})))];
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Batch</TableHead>
          <TableHead>Observed</TableHead>
          <TableHead className="text-right">Rows</TableHead>
          <TableHead className="text-right">Drifted columns</TableHead>
          <TableHead>Dataset</TableHead>
          {metrics.map((metric) => (
            <TableHead key={metric} className="text-right">
              {metric}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {batches.map((batch) => {
          const selected = batch.id === selectedId;
          return (
            <TableRow key={batch.id} className={cn(selected && 'bg-muted hover:bg-muted')}>
              <TableCell>
                <Link
                  href={monitoringPagePath(modelName, version, batch.id)}
                  aria-current={selected ? 'true' : undefined}
                  scroll={false}
                  className={cn('rounded-sm font-medium text-primary hover:underline focus-visible:outline-2 focus-visible:outline-ring', selected && 'text-fg')}
                >
                  Batch {batch.id}
                </Link>
                {selected && <div className="text-xs text-muted-fg">shown below</div>}
              </TableCell>
              <TableCell className="whitespace-nowrap">
                <RelativeTime ms={batch.observedAt} />
              </TableCell>
              <TableCell className="text-right tabular-nums">{batch.rowCount.toLocaleString('en')}</TableCell>
              <TableCell className="text-right tabular-nums">
                {batch.driftedCount} / {batch.columnCount}
              </TableCell>
              <TableCell>
                <DriftBadge drifted={batch.datasetDrift} />
              </TableCell>
              {metrics.map((metric) => {
                const value = batch.performance?.[metric];
                return (
                  <TableCell key={metric} className="text-right tabular-nums">
                    {value === undefined ? <span className="text-muted-fg">{batch.performance ? '–' : 'no labels'}</span> : formatMetric(value)}
                  </TableCell>
                );
              })}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
