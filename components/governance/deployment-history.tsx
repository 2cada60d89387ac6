import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { RelativeTime } from '@/components/relative-time';
import type { DeploymentDto } from '@/lib/governance/deployments';

/** Every deployment, newest first, with who recorded it and when. */
export function DeploymentHistory({ deployments }: { deployments: DeploymentDto[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>When</TableHead>
          <TableHead>Environment</TableHead>
          <TableHead>Champion</TableHead>
          <TableHead>Challenger</TableHead>
          <TableHead>Kind</TableHead>
          <TableHead>By</TableHead>
          <TableHead>Note</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {deployments.map((d) => (
          <TableRow key={d.id}>
            <TableCell className="whitespace-nowrap">
              <RelativeTime ms={d.createdAt} />
            </TableCell>
            <TableCell>
              {d.environment} {d.live && <Badge variant="success">live</Badge>}
            </TableCell>
            <TableCell>
              v{d.championVersion} · {100 - d.challengerWeight} %
            </TableCell>
            <TableCell>{d.challengerVersion === null ? '—' : `v${d.challengerVersion} · ${d.challengerWeight} %`}</TableCell>
            <TableCell>{d.kind === 'rollback' ? <Badge variant="warning">rollback</Badge> : 'deploy'}</TableCell>
            <TableCell>{d.createdBy ?? 'Unknown'}</TableCell>
            <TableCell className="max-w-xs truncate" title={d.note || undefined}>
              {d.note}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
