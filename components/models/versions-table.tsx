import Link from 'next/link';
import { formatMetric } from '@/components/format';
import { RelativeTime } from '@/components/relative-time';
import { Badge } from '@/components/ui/badge';
import { ComparePickCell, ComparePickHead, ComparePicker } from '@/components/compare-tables/compare-picker';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { VersionList } from '@/lib/registry/version-list';
import { StageBadge } from './stage-badge';

export function VersionsTable({ modelName, list }: { modelName: string; list: VersionList }) {
  return (
    <ComparePicker submitLabel="Compare selected" canSubmit={list.rows.length > 1}>
      <Table>
        <TableHeader>
          <TableRow>
            <ComparePickHead />
            <TableHead>Version</TableHead>
            <TableHead>Created</TableHead>
            <TableHead>By</TableHead>
            <TableHead>Run</TableHead>
            <TableHead>Stage</TableHead>
            <TableHead>Aliases</TableHead>
            {list.keyMetrics.map((key) => (
              <TableHead key={key} className="text-right">
                {key}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {list.rows.map((row) => (
            <TableRow key={row.version}>
              <ComparePickCell value={`${modelName}@${row.version}`} label={`Compare version ${row.version}`} />
              <TableCell>
                <Link href={`/models/${encodeURIComponent(modelName)}/versions/${row.version}`} className="font-medium text-primary hover:underline">
                  Version {row.version}
                </Link>
                {row.status !== 'READY' && <div className="text-xs text-muted-fg">{row.status}</div>}
              </TableCell>
              <TableCell className="whitespace-nowrap">
                <RelativeTime ms={row.createdAt} />
              </TableCell>
              <TableCell>{row.createdBy}</TableCell>
              <TableCell className="max-w-48 truncate" title={row.runUuid ?? undefined}>
                {row.runName ?? <span className="text-muted-fg">none</span>}
              </TableCell>
              <TableCell>
                <StageBadge stage={row.stage} />
              </TableCell>
              <TableCell>
                <div className="flex flex-wrap gap-1">
                  {row.aliases.map((a) => (
                    <Badge key={a} variant="secondary">
                      @{a}
                    </Badge>
                  ))}
                </div>
              </TableCell>
              {list.keyMetrics.map((key) => (
                <TableCell key={key} className="text-right tabular-nums">
                  {row.metrics[key] === undefined ? <span className="text-muted-fg">–</span> : formatMetric(row.metrics[key])}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ComparePicker>
  );
}
