import { apiRoute } from '@/lib/api/handler';
import { declaredLength, streamBody } from '@/lib/api/stream-body';
import { getReference, uploadReferenceUseCase } from '@/lib/monitoring/references';
import { kindsParam, tableFormat } from '@/lib/monitoring/upload-input';
import { versionNumber } from '@/lib/registry/schemas';

type Context = RouteContext<'/api/v1/models/[name]/versions/[version]/reference'>;

export const GET = apiRoute<Context>(async (_request, { params }, actor) => {
  const { name, version } = await params;
  return Response.json({ reference: getReference(actor, name, versionNumber(version)) });
});

/**
 * The version's reference table as the raw body (CSV, JSON array or NDJSON), or `?dataset=name@version`
 * from the version's lineage; `?prediction=`, `?label=` name those columns and `?kinds=col:categorical` overrides inference.
 */
export const PUT = apiRoute<Context>(async (request, { params }, actor) => {
  const { name, version } = await params;
  const query = request.nextUrl.searchParams;
  const reference = await uploadReferenceUseCase(actor, {
    modelName: name,
    version: versionNumber(version),
    format: tableFormat(query.get('format'), request.headers.get('content-type')),
    body: query.get('dataset') ? null : streamBody(request),
    declaredSize: declaredLength(request),
    prediction: query.get('prediction'),
    label: query.get('label'),
    kinds: kindsParam(query.get('kinds')),
    dataset: query.get('dataset'),
  });
  return Response.json({ reference }, { status: 201 });
});
