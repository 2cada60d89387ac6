import type { Metadata } from 'next';
import { ReviewQueue } from '@/components/governance/review-queue';
import { pageData } from '@/lib/actions/page-data';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/session';
import { listRequestComments } from '@/lib/discussion/comments';
import { getRequest, listRequests } from '@/lib/governance/request-queries';
import { addRequestCommentAction, cancelRequestAction, decideRequestAction } from './actions';

export const metadata: Metadata = { title: 'Reviews' };

export default async function ReviewsPage({ searchParams }: PageProps<'/reviews'>) {
  const actor = await requireActor();
  const tab = (await searchParams).status === 'decided' ? 'decided' : 'pending';
  const initial = pageData(() => {
    const pending = listRequests(actor, { status: 'pending' });
    return {
      pending,
      decided: listRequests(actor, { status: 'decided' }),
      details: Object.fromEntries(pending.map((r) => [r.id, getRequest(actor, r.id)])),
      comments: Object.fromEntries(pending.map((r) => [r.id, listRequestComments(actor, r.id)])),
    };
  });
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Reviews</h1>
        <p className="text-sm text-muted-fg">
          Promotion requests waiting for a decision, oldest expiry first. A request is applied when the last approval it needs lands and its gates still pass; nobody decides their own.
        </p>
      </div>
      <ReviewQueue
        initial={initial}
        tab={tab}
        canDecide={can(actor.role, 'approval:decide')}
        canComment={can(actor.role, 'comment:write')}
        actions={{ decide: decideRequestAction, cancel: cancelRequestAction, comment: addRequestCommentAction }}
      />
    </div>
  );
}
