import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { addRequestCommentUseCase, commentSchema, listRequestComments } from '@/lib/discussion/comments';

type Context = RouteContext<'/api/v1/requests/[id]/comments'>;

export const GET = apiRoute<Context>(async (_request, { params }, actor) => {
  const { id } = await params;
  return Response.json({ comments: listRequestComments(actor, id) });
});

/** The comment also shows in the version's discussion, marked with the request. */
export const POST = apiRoute<Context>(async (request, { params }, actor) => {
  const { id } = await params;
  const body = await readBody(request, commentSchema);
  return Response.json({ comment: addRequestCommentUseCase(actor, id, body) }, { status: 201 });
});
