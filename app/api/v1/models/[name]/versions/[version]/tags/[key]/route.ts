import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { versionNumber } from '@/lib/registry/schemas';
import { deleteVersionTagUseCase, setVersionTagUseCase, tagSchema } from '@/lib/registry/tags';

type Context = RouteContext<'/api/v1/models/[name]/versions/[version]/tags/[key]'>;

export const PUT = apiRoute<Context>(async (request, { params }, actor) => {
  const { name, version, key } = await params;
  const { value } = await readBody(request, tagSchema.pick({ value: true }));
  setVersionTagUseCase(actor, name, versionNumber(version), { key, value });
  return Response.json({ key, value: value ?? '' });
});

export const DELETE = apiRoute<Context>(async (_request, { params }, actor) => {
  const { name, version, key } = await params;
  deleteVersionTagUseCase(actor, name, versionNumber(version), key);
  return new Response(null, { status: 204 });
});
