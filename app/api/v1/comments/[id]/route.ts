import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { commentSchema, editCommentUseCase } from '@/lib/discussion/comments';

/** Its author rewords a comment within 10 minutes of posting it; the comment then shows as edited. */
export const PATCH = apiRoute<RouteContext<'/api/v1/comments/[id]'>>(async (request, { params }, actor) => {
  const { id } = await params;
  return Response.json({ comment: editCommentUseCase(actor, id, await readBody(request, commentSchema)) });
});
