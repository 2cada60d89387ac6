import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { getVersionDetail } from '@/lib/registry/version-detail';
import { listVersions } from '@/lib/registry/version-list';
import { createVersionUseCase } from '@/lib/registry/versions';
import { createVersionSchema } from '@/lib/registry/schemas';

type Context = RouteContext<'/api/v1/models/[name]/versions'>;

export const GET = apiRoute<Context>(async (_request, { params }, actor) => Response.json({ versions: listVersions(actor, (await params).name).rows }));

export const POST = apiRoute<Context>(async (request, { params }, actor) => {
  const ref = createVersionUseCase(actor, (await params).name, await readBody(request, createVersionSchema));
  return Response.json({ version: getVersionDetail(actor, ref.modelName, ref.version) }, { status: 201 });
});
