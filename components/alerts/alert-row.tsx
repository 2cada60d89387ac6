'use client';

import Link from 'next/link';
import { monitoringPagePath } from '@/components/monitoring/endpoints';
import { RelativeTime } from '@/components/relative-time';
import { TableCell, TableRow } from '@/components/ui/table';
import type { AlertSummary } from '@/lib/monitoring/types';
import { AlertActionDialog } from './alert-action-dialog';
import { AlertStatusBadge, KIND_LABELS, SeverityBadge } from './alert-badges';

interface Props {
  alert: AlertSummary;
  canTriage: boolean;
  onDone: (message: string) => void;
}

function Triage({ verb, by, at, comment }: { verb: string; by: string | null; at: number | null; comment: string | null }) {
  if (at === null) return null;
  return (
    <div className="mt-1 text-xs text-muted-fg">
      {verb} by {by ?? 'a deleted user'} <RelativeTime ms={at} />
      {comment && <blockquote className="mt-0.5 border-l-2 border-border pl-2 whitespace-pre-line text-fg">{comment}</blockquote>}
    </div>
  );
}

export function AlertRow({ alert, canTriage, onDone }: Props) {
  const unresolved = alert.status !== 'resolved';
  return (
    <TableRow className="align-top">
      <TableCell className="max-w-md align-top">
        <div className="font-medium">
          {KIND_LABELS[alert.kind]}
          {alert.subject && <span className="font-mono text-xs"> · {alert.subject}</span>}
        </div>
        <p className="text-sm text-muted-fg">{alert.message}</p>
      </TableCell>
      <TableCell className="align-top whitespace-nowrap">
        <Link href={monitoringPagePath(alert.modelName, alert.version, alert.lastBatchId)} className="font-medium text-primary hover:underline">
          {alert.modelName}@{alert.version}
        </Link>
      </TableCell>
      <TableCell className="align-top">
        <SeverityBadge severity={alert.severity} />
      </TableCell>
      <TableCell className="min-w-44 align-top">
        <AlertStatusBadge status={alert.status} />
        <Triage verb="Acknowledged" by={alert.acknowledgedBy} at={alert.acknowledgedAt} comment={alert.acknowledgeComment} />
        <Triage verb="Resolved" by={alert.resolvedBy} at={alert.resolvedAt} comment={alert.resolveComment} />
      </TableCell>
      <TableCell className="align-top text-xs whitespace-nowrap text-muted-fg">
        <div className="text-sm text-fg tabular-nums">{alert.occurrences === 1 ? 'once' : `${alert.occurrences.toLocaleString('en')} times`}</div>
        <div>
          first <RelativeTime ms={alert.firstSeenAt} />
        </div>
        <div>
          last <RelativeTime ms={alert.lastSeenAt} />
        </div>
      </TableCell>
      {canTriage && (
        <TableCell className="align-top">
          {unresolved && (
            <div className="flex flex-wrap gap-2">
              {alert.status === 'open' && <AlertActionDialog alert={alert} action="acknowledge" onDone={onDone} />}
              <AlertActionDialog alert={alert} action="resolve" onDone={onDone} />
              <AlertActionDialog alert={alert} action="retraining" onDone={onDone} />
            </div>
          )}
        </TableCell>
      )}
    </TableRow>
  );
}
