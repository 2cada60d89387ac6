'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { showToast } from '@/components/toast/store';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import type { ActionResult } from '@/lib/actions/result';
import type { CommentDto } from '@/lib/discussion/comments';
import type { RequestDetail, RequestDto } from '@/lib/governance/request-queries';
import { DecidedRequests } from './decided-requests';
import { requestKeys, REQUESTS_POLL_MS, type RequestListStatus } from './query-keys';
import { RequestCard } from './request-card';
import { fetchRequests } from './requests-api';
import type { ReviewActions } from './review-actions';


export interface ReviewsInitial {
  pending: RequestDto[];
  decided: RequestDto[];
  /** Per pending request: its metrics against production and its discussion. */
  details: Record<number, RequestDetail>;
  comments: Record<number, CommentDto[]>;
}

interface Props {
  initial: ReviewsInitial;
  tab: RequestListStatus;
  canDecide: boolean;
  canComment: boolean;
  actions: ReviewActions;
}

/** The pending requests as cards, polled while the page is open, and the decided ones in a table. */
export function ReviewQueue({ initial, tab, canDecide, canComment, actions }: Props) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: requestKeys.list('pending'), queryFn: () => fetchRequests('pending'), initialData: initial.pending, refetchInterval: REQUESTS_POLL_MS });
  const [last, setLast] = useState<{ id: number; result: ActionResult } | null>(null);
  const pending = query.data;

  const settle = (id: number) => (result: ActionResult) => {
    if (result.ok && result.message) showToast(result.message);
    setLast({ id, result });
    void queryClient.invalidateQueries({ queryKey: requestKeys.all });
  };
  // A success is toasted; a failure shows in its card, or here once the card has left the queue (decided by someone else).
  const refusal = last && !last.result.ok && !pending.some((r) => r.id === last.id) ? last.result.message : null;

  return (
    <Tabs defaultValue={tab}>
      <TabsList aria-label="Requests">
        <TabsTrigger value="pending">Pending ({pending.length})</TabsTrigger>
        <TabsTrigger value="decided">Decided</TabsTrigger>
      </TabsList>
      <p role="status" className="mt-4 text-sm font-medium text-danger empty:mt-0">
        {refusal}
      </p>
      <TabsContent value="pending" className="space-y-4">
        {query.isError && (
          <Alert variant="warning" title="Could not refresh the queue">
            {query.error.message} The list below may be out of date; it retries every {REQUESTS_POLL_MS / 1000} seconds.
          </Alert>
        )}
        {pending.length === 0 ? (
          <EmptyState title="No requests wait for a decision" description="When an author asks for a version to reach staging or production, or for a protected alias to move, the request appears here." />
        ) : (
          pending.map((r) => (
            <RequestCard
              key={r.id}
              request={r}
              initialDetail={initial.details[r.id]}
              initialComments={initial.comments[r.id]}
              canDecide={canDecide}
              canComment={canComment}
              actions={actions}
              onResult={settle(r.id)}
            />
          ))
        )}
      </TabsContent>
      <TabsContent value="decided">
        <DecidedRequests initial={initial.decided} />
      </TabsContent>
    </Tabs>
  );
}
