import Link from 'next/link';
import { StageBadge } from '@/components/models/stage-badge';
import { RelativeTime } from '@/components/relative-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { TransitionDto } from '@/lib/governance/history';
import { requestHref } from './query-keys';

const CAUSES: Record<string, string> = {
  request: 'Approved request',
  displaced: 'Displaced by a new production version',
  override: 'Admin override',
  rollback: 'Rollback',
  retirement: 'Retirement',
};

interface Props {
  transitions: TransitionDto[];
  /** Set on a model's page, where the rows mix its versions. */
  showVersion?: boolean;
}

/** Who moved which version where and why, newest first. */
export function StageHistory({ transitions, showVersion = false }: Props) {
  if (transitions.length === 0) return <p className="text-sm text-muted-fg">No stage change recorded yet.</p>;
  return (
    <Table aria-label="Stage history">
      <TableHeader>
        <TableRow>
          {showVersion && <TableHead>Version</TableHead>}
          <TableHead>From</TableHead>
          <TableHead>To</TableHead>
          <TableHead>Cause</TableHead>
          <TableHead>By</TableHead>
          <TableHead>When</TableHead>
          <TableHead>Reason</TableHead>
          <TableHead>Request</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {transitions.map((t) => (
          <TableRow key={t.id}>
            {showVersion && <TableCell>v{t.version}</TableCell>}
            <TableCell>
              <StageBadge stage={t.from} />
            </TableCell>
            <TableCell>
              <StageBadge stage={t.to} />
            </TableCell>
            <TableCell>{CAUSES[t.cause] ?? t.cause}</TableCell>
            <TableCell>{t.actor ?? 'System'}</TableCell>
            <TableCell className="whitespace-nowrap">
              <RelativeTime ms={t.at} />
            </TableCell>
            <TableCell className="max-w-xs">{t.reason || <span className="text-muted-fg">—</span>}</TableCell>
            <TableCell>
              {t.requestId === null ? (
                <span className="text-muted-fg">—</span>
              ) : (
                <Link href={requestHref(t.requestId, false)} className="text-primary hover:underline">
                  #{t.requestId}
                </Link>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
