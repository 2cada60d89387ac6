'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { messageOf } from '@/components/monitoring/request';
import { RelativeTime } from '@/components/relative-time';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { RequestDto, ReviewDto } from '@/lib/governance/request-queries';
import { requestKeys, REQUESTS_POLL_MS } from './query-keys';
import { fetchRequests } from './requests-api';
import { RequestStatusBadge, requestTarget } from './request-status-badge';


/** Who settled it: the approvers, the reviewer who rejected, or nobody named for a withdrawn request. */
function decidedBy(r: RequestDto): string {
  if (r.status === 'cancelled') return 'withdrawn';
  const decisive = r.reviews.filter((v) => v.decision === (r.status === 'rejected' ? 'reject' : 'approve'));
  return decisive.map((v) => v.reviewer).join(', ') || '—';
}

function ReviewComments({ reviews }: { reviews: ReviewDto[] }) {
  const commented = reviews.filter((v) => v.comment);
  if (commented.length === 0) return <span className="text-muted-fg">—</span>;
  return (
    <ul className="space-y-1">
      {commented.map((v) => (
        <li key={v.reviewer}>
          <span className="font-medium">{v.reviewer}</span> ({v.decision === 'approve' ? 'approved' : 'rejected'}): {v.comment}
        </li>
      ))}
    </ul>
  );
}

/** Approved, rejected and cancelled requests, newest first; mounted only while its tab is open. */
export function DecidedRequests({ initial }: { initial: RequestDto[] }) {
  const { data: requests, error, isFetching } = useQuery({
    queryKey: requestKeys.list('decided'),
    queryFn: () => fetchRequests('decided'),
    initialData: initial,
    refetchInterval: REQUESTS_POLL_MS,
  });
  if (requests.length === 0) return <EmptyState title="No decided requests yet" description="Approved, rejected and cancelled requests are listed here." />;
  return (
    <div className="space-y-2">
      {error && <p className="text-sm text-danger">Could not refresh the list: {messageOf(error)}</p>}
      <Table aria-label="Decided requests" aria-busy={isFetching}>
        <TableHeader>
          <TableRow>
            <TableHead>Request</TableHead>
            <TableHead>Outcome</TableHead>
            <TableHead>Decided</TableHead>
            <TableHead>Comments</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {requests.map((r) => (
            <TableRow key={r.id} id={`request-${r.id}`} className="scroll-mt-20">
              <TableCell className="align-top">
                <span className="text-muted-fg">#{r.id}</span>{' '}
                <Link href={`/models/${encodeURIComponent(r.model)}/versions/${r.version}`} className="font-medium text-primary hover:underline">
                  {r.model} v{r.version}
                </Link>
                <div className="text-xs text-muted-fg">
                  to {requestTarget(r)} · by {r.requester}
                </div>
              </TableCell>
              <TableCell className="align-top">
                <RequestStatusBadge status={r.status} />
                <div className="text-xs text-muted-fg">
                  {r.approvals} of {r.requiredApprovals} approvals
                </div>
              </TableCell>
              <TableCell className="align-top">
                {decidedBy(r)}
                {r.decidedAt !== null && (
                  <div className="text-xs text-muted-fg">
                    <RelativeTime ms={r.decidedAt} />
                  </div>
                )}
              </TableCell>
              <TableCell className="max-w-md align-top">
                <ReviewComments reviews={r.reviews} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
