import { apiRoute } from '@/lib/api/handler';
import { declaredLength, streamBody } from '@/lib/api/stream-body';
import { routeId } from '@/lib/errors';
import { submitLabelsUseCase } from '@/lib/monitoring/labels';
import { tableFormat } from '@/lib/monitoring/upload-input';
import { versionNumber } from '@/lib/registry/schemas';

/** Labels for an earlier batch: one `label` column in the batch's row order (CSV, JSON array or NDJSON). */
export const POST = apiRoute<RouteContext<'/api/v1/models/[name]/versions/[version]/batches/[id]/labels'>>(async (request, { params }, actor) => {
  const { name, version, id } = await params;
  const report = await submitLabelsUseCase(actor, {
    modelName: name,
    version: versionNumber(version),
    batchId: routeId(id, 'batch', 'No such batch.'),
    format: tableFormat(request.nextUrl.searchParams.get('format'), request.headers.get('content-type')),
    body: streamBody(request),
    declaredSize: declaredLength(request),
  });
  return Response.json({ report });
});
