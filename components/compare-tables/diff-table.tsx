import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ComparedVersion, DiffRow } from '@/lib/compare/types';
import { VersionHeads } from './version-head';

interface Props {
  label: string;
  rows: DiffRow[];
  versions: ComparedVersion[];
  baseline: number;
  differencesOnly: boolean;
}

/** Params or lineage side by side; differing rows are marked, and can be all that is shown. */
export function DiffTable({ label, rows, versions, baseline, differencesOnly }: Props) {
  const shown = differencesOnly ? rows.filter((r) => r.differs) : rows;
  if (shown.length === 0) {
    return <p className="text-sm text-muted-fg">{rows.length === 0 ? `No ${label.toLowerCase()} recorded.` : `All ${rows.length} ${label.toLowerCase()} are the same.`}</p>;
  }
  return (
    <Table data-testid={`diff-table-${label.toLowerCase()}`}>
      <TableHeader>
        <TableRow>
          <TableHead>{label}</TableHead>
          <VersionHeads versions={versions} baseline={baseline} />
        </TableRow>
      </TableHeader>
      <TableBody>
        {shown.map((row) => (
          <TableRow key={row.key} data-differs={row.differs || undefined} className={row.differs ? 'bg-warning/10' : undefined}>
            <TableHead scope="row" className="font-mono text-xs">
              {row.key}
              {row.differs && <span className="sr-only"> (differs)</span>}
            </TableHead>
            {row.values.map((value, i) => (
              <TableCell key={versions[i]?.ref} className="text-right font-mono text-xs break-all">
                {value ?? <span className="text-muted-fg">—</span>}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
