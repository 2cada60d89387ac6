import { Markdown } from '@/components/markdown';
import { RelativeTime } from '@/components/relative-time';
import type { ActionResult } from '@/lib/actions/result';
import type { CommentDto } from '@/lib/discussion/comments';
import { CommentForm } from './comment-form';

interface Props {
  comments: CommentDto[];
  add: ((prev: ActionResult, formData: FormData) => Promise<ActionResult>) | null;
  edit: (commentId: number) => (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
}

export function Discussion({ comments, add, edit }: Props) {
  return (
    <div className="space-y-4">
      {comments.length === 0 && <p className="text-sm text-muted-fg">No comments yet.</p>}
      <ol className="space-y-4">
        {comments.map((c) => (
          <li key={c.id} id={`comment-${c.id}`} className="rounded-md border border-border p-3">
            <p className="mb-2 text-xs text-muted-fg">
              <span className="font-medium text-fg">{c.author}</span> <RelativeTime ms={c.createdAt} />
              {c.editedAt !== null && (
                <>
                  {' '}
                  · edited <RelativeTime ms={c.editedAt} />
                </>
              )}
            </p>
            <Markdown>{c.body}</Markdown>
            {c.editable && (
              <details className="mt-2">
                <summary className="cursor-pointer text-xs text-muted-fg">Edit (for 10 minutes after posting)</summary>
                <CommentForm id={`comment-edit-${c.id}`} label="Your comment" submit="Save" defaultValue={c.body} action={edit(c.id)} />
              </details>
            )}
          </li>
        ))}
      </ol>
      {add && <CommentForm id="comment-new" label="Add a comment" submit="Post comment" action={add} />}
    </div>
  );
}
