import { ArrowUpIcon } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { BatchReport, ColumnVerdict } from '@/lib/monitoring/types';
import { DriftBadge } from './drift-badge';
import { METHOD_LABELS, driftCondition, formatPercent, formatStatistic } from './monitoring-format';

const UNSEEN_SHOWN = 5;

/** Every column's verdict in one batch: the statistic against its threshold, missing values and categories the reference never had. */
export function DriftReport({ report }: { report: BatchReport }) {
  return (
    <Table>
      <TableCaption>
        Batch {report.id}: {report.driftedCount} of {report.columnCount} columns drifted ({formatPercent(report.driftShare)}); the dataset drifts at{' '}
        {formatPercent(report.policy.datasetDriftShare)} or more.
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Column</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Method</TableHead>
          <TableHead className="text-right">Statistic</TableHead>
          <TableHead>Verdict</TableHead>
          <TableHead className="text-right">Missing now vs reference</TableHead>
          <TableHead>Unseen categories</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {report.columns.map((column) => (
          <TableRow key={column.name}>
            <TableHead scope="row" className="text-fg">
              <span className="font-mono text-xs">{column.name}</span>
              {column.critical && (
                <Badge variant="outline" className="ml-2">
                  critical
                </Badge>
              )}
            </TableHead>
            <TableCell className="text-muted-fg">{column.role}</TableCell>
            <TableCell>{METHOD_LABELS[column.method]}</TableCell>
            <TableCell className="text-right whitespace-nowrap tabular-nums">
              {column.value === null ? <span className="text-muted-fg">no values</span> : formatStatistic(column.value)}
              <div className="text-xs text-muted-fg">drifts at {driftCondition(column.method, column.threshold)}</div>
            </TableCell>
            <TableCell>
              <DriftBadge drifted={column.drifted} />
            </TableCell>
            <TableCell className="text-right whitespace-nowrap tabular-nums">
              <MissingRates column={column} />
            </TableCell>
            <TableCell>
              <Unseen values={column.unseen} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function MissingRates({ column }: { column: ColumnVerdict }) {
  const grew = column.missingRate > column.referenceMissingRate;
  return (
    <>
      <span className={grew ? 'inline-flex items-center gap-0.5 font-medium text-warning' : undefined}>
        {grew && <ArrowUpIcon aria-hidden className="size-3.5" />}
        {formatPercent(column.missingRate)}
        {grew && <span className="sr-only"> (more than the reference)</span>}
      </span>
      <span className="text-muted-fg"> vs {formatPercent(column.referenceMissingRate)}</span>
    </>
  );
}

function Unseen({ values }: { values: string[] }) {
  if (values.length === 0) return <span className="text-muted-fg">none</span>;
  const rest = values.length - UNSEEN_SHOWN;
  return (
    <ul className="flex max-w-xs flex-wrap gap-1" aria-label={`${values.length} unseen categories`}>
      {values.slice(0, UNSEEN_SHOWN).map((value) => (
        <li key={value}>
          <code className="rounded bg-muted px-1 py-0.5 text-xs">{value === '' ? '(empty)' : value}</code>
        </li>
      ))}
      {rest > 0 && (
        <li className="text-xs text-muted-fg" title={values.slice(UNSEEN_SHOWN).join(', ')}>
          and {rest} more
        </li>
      )}
    </ul>
  );
}
