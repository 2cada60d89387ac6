import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { kindOverrideSchema, setReferenceColumnKindUseCase } from '@/lib/monitoring/references';
import { versionNumber } from '@/lib/registry/schemas';

/** `PATCH …/reference/columns/zip` with `{ "kind": "categorical" }`: judge the column as that kind from now on. */
export const PATCH = apiRoute<RouteContext<'/api/v1/models/[name]/versions/[version]/reference/columns/[column]'>>(async (request, { params }, actor) => {
  const { name, version, column } = await params;
  const body = await readBody(request, kindOverrideSchema);
  return Response.json({ reference: setReferenceColumnKindUseCase(actor, name, versionNumber(version), column, body) });
});
