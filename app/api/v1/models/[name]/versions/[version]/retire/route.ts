import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { retireSchema, retireVersionUseCase } from '@/lib/registry/retire';
import { versionNumber } from '@/lib/registry/schemas';

type Context = RouteContext<'/api/v1/models/[name]/versions/[version]/retire'>;

/** `POST …/versions/3/retire` with `{ "reason": "…" }`: the version leaves service for good. */
export const POST = apiRoute<Context>(async (request, { params }, actor) => {
  const { name, version } = await params;
  const body = await readBody(request, retireSchema);
  return Response.json({ version: retireVersionUseCase(actor, name, versionNumber(version), body) });
});
