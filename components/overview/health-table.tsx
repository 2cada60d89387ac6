import Link from 'next/link';
import { formatMetric } from '@/components/format';
import { RelativeTime } from '@/components/relative-time';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { HealthRow, KeyMetric, ProductionHealth } from '@/lib/overview/types';
import { modelHref, versionHref } from '@/components/links';


function MetricCell({ metric }: { metric: KeyMetric | null }) {
  if (!metric) return <span className="text-muted-fg">none logged</span>;
  return (
    <span className="whitespace-nowrap">
      {metric.metric} <span className="font-medium tabular-nums">{formatMetric(metric.value)}</span>
      <span className="block text-xs text-muted-fg">
        {metric.source === 'evaluation' ? 'evaluation only: no labelled batch yet' : metric.evaluation === null ? 'in production; no evaluation value' : `in production vs ${formatMetric(metric.evaluation)} in evaluation`}
      </span>
    </span>
  );
}

function DriftCell({ row }: { row: HealthRow }) {
  const { drift } = row;
  if (!drift) return <span className="text-muted-fg">not monitored</span>;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Badge variant={drift.datasetDrift ? 'danger' : 'success'}>{drift.datasetDrift ? 'drift' : 'no drift'}</Badge>
      <Link href={`${versionHref(row.model, row.version)}/monitoring`} className="text-xs text-muted-fg underline-offset-2 hover:underline">
        {drift.driftedColumns} of {drift.columns} columns drifted
      </Link>
    </span>
  );
}

/**
 * What is live and how it is doing, one row per model in production (those needing attention first,
 * at most a page of them), each cell linking to where the detail is.
 */
export function HealthTable({ health: { rows, total } }: { health: ProductionHealth }) {
  if (rows.length === 0) {
    return <EmptyState title="No model is in production" description="When a version is promoted to production, its health shows up here: live since, key metric, drift and open alerts." />;
  }
  return (
    <div className="space-y-2">
      {total > rows.length && (
        <p className="text-sm text-muted-fg">
          The {rows.length} of {total.toLocaleString('en-US')} production models that need attention first (open alerts, then drift).{' '}
          <Link href="/models?has=production" className="text-primary underline">
            All models in production
          </Link>
        </p>
      )}
      <Table data-testid="health-table">
        <TableCaption className="sr-only">Production health: one row per model with a production version</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>Model</TableHead>
            <TableHead>Version</TableHead>
            <TableHead>Live since</TableHead>
            <TableHead>Key metric</TableHead>
            <TableHead>Drift (latest batch)</TableHead>
            <TableHead className="text-right">Open alerts</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.model} data-testid={`health-${row.model}`}>
              <TableHead scope="row" className="h-auto px-3 py-2.5 font-medium text-fg">
                <Link href={modelHref(row.model)} className="hover:underline">
                  {row.model}
                </Link>
              </TableHead>
              <TableCell>
                <Link href={versionHref(row.model, row.version)} className="hover:underline">
                  v{row.version}
                </Link>
              </TableCell>
              <TableCell className="whitespace-nowrap">
                <RelativeTime ms={row.liveSince} />
              </TableCell>
              <TableCell>
                <MetricCell metric={row.keyMetric} />
              </TableCell>
              <TableCell>
                <DriftCell row={row} />
              </TableCell>
              <TableCell className="text-right tabular-nums">
                <Link href={`/alerts?model=${encodeURIComponent(row.model)}`} className={row.openAlerts > 0 ? 'font-medium text-danger hover:underline' : 'text-muted-fg hover:underline'}>
                  {row.openAlerts}
                  <span className="sr-only"> open alerts of {row.model}</span>
                </Link>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
