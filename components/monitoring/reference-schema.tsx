import { formatMetric } from '@/components/format';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ReferenceColumnInfo } from '@/lib/monitoring/types';
import { ColumnKindSelect } from './column-kind-select';
import { monitoringEndpoints } from './endpoints';
import { formatPercent } from './monitoring-format';

interface Props {
  columns: ReferenceColumnInfo[];
  /** The reference's row count: `missing` is a count of rows, shown as a share of it. */
  rowCount: number;
  modelName: string;
  version: number;
  /** Offer a per-column type override (for those who may set the reference). */
  editable?: boolean;
}

const number = (value: number | undefined) => (value === undefined ? <span className="text-muted-fg">–</span> : formatMetric(value));

/** The reference's columns as the drift checks read them: role, type, missing values and range. */
export function ReferenceSchema({ columns, rowCount, modelName, version, editable = false }: Props) {
  return (
    <Table>
      <TableCaption>
        {columns.length} columns, {rowCount.toLocaleString('en')} rows.{editable && ' Changing a type applies to the batches uploaded after it.'}
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Column</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Type</TableHead>
          <TableHead className="text-right">Missing</TableHead>
          <TableHead className="text-right">Distinct</TableHead>
          <TableHead className="text-right">Min</TableHead>
          <TableHead className="text-right">Mean</TableHead>
          <TableHead className="text-right">Max</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {columns.map((column) => (
          <TableRow key={column.name}>
            <TableHead scope="row" className="font-mono text-xs text-fg">
              {column.name}
            </TableHead>
            <TableCell>{column.role === 'feature' ? <span className="text-muted-fg">feature</span> : <Badge variant="secondary">{column.role}</Badge>}</TableCell>
            <TableCell>
              {editable ? <ColumnKindSelect column={column.name} kind={column.kind} endpoint={monitoringEndpoints.referenceColumn(modelName, version, column.name)} /> : column.kind}
              {column.kind !== column.inferredKind && <div className="text-xs text-muted-fg">inferred: {column.inferredKind}</div>}
            </TableCell>
            <TableCell className="text-right tabular-nums">{rowCount > 0 ? formatPercent(column.missing / rowCount) : '–'}</TableCell>
            <TableCell className="text-right tabular-nums">{column.distinct.toLocaleString('en')}</TableCell>
            <TableCell className="text-right tabular-nums">{number(column.min)}</TableCell>
            <TableCell className="text-right tabular-nums">{number(column.mean)}</TableCell>
            <TableCell className="text-right tabular-nums">{number(column.max)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
