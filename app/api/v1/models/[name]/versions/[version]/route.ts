import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { deleteVersionUseCase } from '@/lib/registry/deletes';
import { getVersionDetail } from '@/lib/registry/version-detail';
import { updateVersionUseCase } from '@/lib/registry/versions';
import { updateVersionSchema, versionNumber } from '@/lib/registry/schemas';

type Context = RouteContext<'/api/v1/models/[name]/versions/[version]'>;

export const GET = apiRoute<Context>(async (_request, { params }, actor) => {
  const { name, version } = await params;
  return Response.json({ version: getVersionDetail(actor, name, versionNumber(version)) });
});

export const PATCH = apiRoute<Context>(async (request, { params }, actor) => {
  const { name, version } = await params;
  const ref = updateVersionUseCase(actor, name, versionNumber(version), await readBody(request, updateVersionSchema));
  return Response.json({ version: getVersionDetail(actor, ref.modelName, ref.version) });
});

export const DELETE = apiRoute<Context>(async (_request, { params }, actor) => {
  const { name, version } = await params;
  deleteVersionUseCase(actor, name, versionNumber(version));
  return new Response(null, { status: 204 });
});
