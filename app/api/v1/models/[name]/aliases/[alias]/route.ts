import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { deleteAliasUseCase, setAliasUseCase } from '@/lib/registry/aliases';
import { aliasSchema } from '@/lib/registry/schemas';

type Context = RouteContext<'/api/v1/models/[name]/aliases/[alias]'>;

/** `PUT …/aliases/champion` with `{ "version": 3 }` points the alias at version 3. */
export const PUT = apiRoute<Context>(async (request, { params }, actor) => {
  const { name, alias } = await params;
  const body = await readBody(request, aliasSchema.pick({ version: true }));
  return Response.json(setAliasUseCase(actor, name, { ...body, alias }));
});

export const DELETE = apiRoute<Context>(async (_request, { params }, actor) => {
  const { name, alias } = await params;
  deleteAliasUseCase(actor, name, alias);
  return new Response(null, { status: 204 });
});
