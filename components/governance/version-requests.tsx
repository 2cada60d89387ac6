import Link from 'next/link';
import { ActionButton } from '@/components/action-button';
import { RelativeTime } from '@/components/relative-time';
import type { ActionResult } from '@/lib/actions/result';
import type { RequestDto } from '@/lib/governance/request-queries';
import { requestHref } from './query-keys';
import { RequestStatusBadge, requestTarget } from './request-status-badge';

interface Props {
  requests: RequestDto[];
  cancel: (requestId: number) => () => Promise<ActionResult>;
}

/** A version's promotion requests, newest first, each linking to where it is reviewed. */
export function VersionRequests({ requests, cancel }: Props) {
  if (requests.length === 0) return <p className="text-sm text-muted-fg">No promotion has been requested for this version.</p>;
  return (
    <ul className="divide-y divide-border" aria-label="Requests for this version">
      {requests.map((r) => (
        <li key={r.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
          <Link href={requestHref(r.id, r.status === 'pending')} className="font-medium text-primary hover:underline">
            Request #{r.id}
          </Link>
          <RequestStatusBadge status={r.status} />
          <span>to {requestTarget(r)}</span>
          <span className="text-muted-fg">
            by {r.requester} <RelativeTime ms={r.createdAt} /> · {r.approvals} of {r.requiredApprovals} approvals
          </span>
          {r.canCancel && <ActionButton action={cancel(r.id)} label="Cancel" pendingLabel="Cancelling…" size="sm" />}
        </li>
      ))}
    </ul>
  );
}
