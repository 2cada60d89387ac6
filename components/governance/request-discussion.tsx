'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Markdown } from '@/components/markdown';
import { messageOf } from '@/components/monitoring/request';
import { RelativeTime } from '@/components/relative-time';
import { CommentForm } from '@/components/versions/comment-form';
import type { ActionResult } from '@/lib/actions/result';
import type { CommentDto } from '@/lib/discussion/comments';
import { requestKeys, REQUESTS_POLL_MS } from './query-keys';
import { fetchRequestComments } from './requests-api';


interface Props {
  requestId: number;
  initial?: CommentDto[];
  /** Posts to this request's discussion; null for readers who may not comment. */
  add: ((prev: ActionResult, formData: FormData) => Promise<ActionResult>) | null;
}

/** The request's discussion, refreshed while the queue is open; comments are edited on the version page. */
export function RequestDiscussion({ requestId, initial, add }: Props) {
  const queryClient = useQueryClient();
  const { data: comments, error } = useQuery({
    queryKey: requestKeys.comments(requestId),
    queryFn: () => fetchRequestComments(requestId),
    initialData: initial,
    refetchInterval: REQUESTS_POLL_MS,
  });
  const post = add
    ? async (prev: ActionResult, formData: FormData) => {
        const result = await add(prev, formData);
        if (result.ok) await queryClient.invalidateQueries({ queryKey: requestKeys.comments(requestId) });
        return result;
      }
    : null;
  return (
    <div className="space-y-3">
      {error && <p className="text-sm text-danger">Could not refresh the discussion: {messageOf(error)}</p>}
      {comments?.length === 0 && <p className="text-sm text-muted-fg">No comments yet.</p>}
      {comments && comments.length > 0 && (
        <ol className="space-y-2" aria-label={`Comments on request #${requestId}`}>
          {comments.map((c) => (
            <li key={c.id} className="rounded-md border border-border p-3">
              <p className="mb-1 text-xs text-muted-fg">
                <span className="font-medium text-fg">{c.author}</span> <RelativeTime ms={c.createdAt} />
                {c.editedAt !== null && ' · edited'}
              </p>
              <Markdown>{c.body}</Markdown>
            </li>
          ))}
        </ol>
      )}
      {post && <CommentForm id={`request-${requestId}-comment`} label="Add a comment" submit="Post comment" action={post} />}
    </div>
  );
}
