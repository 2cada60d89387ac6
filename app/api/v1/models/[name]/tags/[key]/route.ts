import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { deleteModelTagUseCase, setModelTagUseCase, tagSchema } from '@/lib/registry/tags';

type Context = RouteContext<'/api/v1/models/[name]/tags/[key]'>;

/** One tag at a time, so concurrent pipelines tagging the same model never overwrite each other. */
export const PUT = apiRoute<Context>(async (request, { params }, actor) => {
  const { name, key } = await params;
  const { value } = await readBody(request, tagSchema.pick({ value: true }));
  setModelTagUseCase(actor, name, { key, value });
  return Response.json({ key, value: value ?? '' });
});

export const DELETE = apiRoute<Context>(async (_request, { params }, actor) => {
  const { name, key } = await params;
  deleteModelTagUseCase(actor, name, key);
  return new Response(null, { status: 204 });
});
