import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { AuditEntryDto } from '@/lib/audit/queries';

const change = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

const viaLabel = (via: string) => (via.startsWith('token:') ? `via token #${via.slice('token:'.length)}` : via === 'basic' ? 'via password (HTTP Basic)' : `via ${via}`);

/** The entries with their before and after in full (as JSON), how API callers came in, and the first characters of each row's hash. */
export function AuditTable({ entries }: { entries: AuditEntryDto[] }) {
  if (entries.length === 0) return <EmptyState title="No entries match" description="Widen the filters or clear them." />;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead className="text-right">#</TableHead>
          <TableHead>Time (UTC)</TableHead>
          <TableHead>Actor</TableHead>
          <TableHead>Action</TableHead>
          <TableHead>Entity</TableHead>
          <TableHead>Before → after</TableHead>
          <TableHead>Hash</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((e) => (
          <TableRow key={e.seq}>
            <TableCell className="text-right tabular-nums">{e.seq}</TableCell>
            <TableCell className="whitespace-nowrap text-xs">{new Date(e.createdAt).toISOString().replace('T', ' ').slice(0, 19)}</TableCell>
            <TableCell className="text-xs">
              {e.actor ?? 'system'}
              {e.via && (
                <Badge variant="outline" className="ml-2">
                  {viaLabel(e.via)}
                </Badge>
              )}
            </TableCell>
            <TableCell className="font-mono text-xs">{e.action}</TableCell>
            <TableCell className="font-mono text-xs">
              {e.entityType}/{e.entityId}
            </TableCell>
            <TableCell className="max-w-md break-all font-mono text-xs">
              {change(e.before)}
              {e.before !== null && e.after !== null && ' → '}
              {change(e.after)}
            </TableCell>
            <TableCell className="font-mono text-xs" title={e.hash ?? 'written before the chain'}>
              {e.hash ? e.hash.slice(0, 10) : '—'}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
