import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ComparedVersion, SignatureRow } from '@/lib/compare/types';
import { VersionHeads } from './version-head';

const CHANGE = { same: null, added: 'success', removed: 'danger', retyped: 'warning' } as const;

/** Input columns against the baseline: which were added, removed or changed type. */
export function SignatureDiff({ rows, versions, baseline }: { rows: SignatureRow[]; versions: ComparedVersion[]; baseline: number }) {
  if (rows.length === 0) return <p className="text-sm text-muted-fg">No version records an input signature.</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Column</TableHead>
          <TableHead>Change</TableHead>
          <VersionHeads versions={versions} baseline={baseline} />
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const variant = CHANGE[row.change];
          return (
            <TableRow key={row.column}>
              <TableHead scope="row" className="font-mono text-xs">
                {row.column}
              </TableHead>
              <TableCell>{variant ? <Badge variant={variant}>{row.change}</Badge> : <span className="text-xs text-muted-fg">same</span>}</TableCell>
              {row.types.map((type, i) => (
                <TableCell key={versions[i]?.ref} className="text-right font-mono text-xs">
                  {type ?? <span className="text-muted-fg">—</span>}
                </TableCell>
              ))}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
