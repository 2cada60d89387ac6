import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { deleteModelUseCase } from '@/lib/registry/deletes';
import { getModelSummary, updateModelUseCase } from '@/lib/registry/models';
import { updateModelSchema } from '@/lib/registry/schemas';

type Context = RouteContext<'/api/v1/models/[name]'>;

export const GET = apiRoute<Context>(async (_request, { params }, actor) => Response.json({ model: getModelSummary(actor, (await params).name) }));

export const PATCH = apiRoute<Context>(async (request, { params }, actor) =>
  Response.json({ model: updateModelUseCase(actor, (await params).name, await readBody(request, updateModelSchema)) }),
);

export const DELETE = apiRoute<Context>(async (_request, { params }, actor) => {
  deleteModelUseCase(actor, (await params).name);
  return new Response(null, { status: 204 });
});
