import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { addCommentUseCase, commentSchema, listComments } from '@/lib/discussion/comments';
import { versionNumber } from '@/lib/registry/schemas';

type Context = RouteContext<'/api/v1/models/[name]/versions/[version]/comments'>;

export const GET = apiRoute<Context>(async (_request, { params }, actor) => {
  const { name, version } = await params;
  return Response.json({ comments: listComments(actor, name, versionNumber(version)) });
});

export const POST = apiRoute<Context>(async (request, { params }, actor) => {
  const { name, version } = await params;
  const body = await readBody(request, commentSchema);
  return Response.json({ comment: addCommentUseCase(actor, name, versionNumber(version), body) }, { status: 201 });
});
