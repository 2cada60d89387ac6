import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { deleteModelUseCase } from '@/lib/registry/deletes';
import { getModel, updateModelUseCase } from '@/lib/registry/models';
import { updateModelSchema } from '@/lib/registry/schemas';
import { listVersions } from '@/lib/registry/version-list';

type Context = RouteContext<'/api/v1/models/[name]'>;

export const GET = apiRoute<Context>(async (_request, { params }, actor) => {
  const model = getModel(actor, (await params).name);
  const { rows } = listVersions(actor, model.name);
  const aliases = Object.fromEntries(rows.flatMap((v) => v.aliases.map((alias) => [alias, v.version])));
  return Response.json({ model: { ...model, latestVersion: rows[0]?.version ?? null, versionCount: rows.length, aliases } });
});

export const PATCH = apiRoute<Context>(async (request, { params }, actor) =>
  Response.json({ model: updateModelUseCase(actor, (await params).name, await readBody(request, updateModelSchema)) }),
);

export const DELETE = apiRoute<Context>(async (_request, { params }, actor) => {
  deleteModelUseCase(actor, (await params).name);
  return new Response(null, { status: 204 });
});
