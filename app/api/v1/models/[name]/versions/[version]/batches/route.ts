import { apiRoute } from '@/lib/api/handler';
import { declaredLength, streamBody } from '@/lib/api/stream-body';
import { ingestBatchUseCase, listBatches } from '@/lib/monitoring/batches';
import { tableFormat } from '@/lib/monitoring/upload-input';
import { versionNumber } from '@/lib/registry/schemas';

type Context = RouteContext<'/api/v1/models/[name]/versions/[version]/batches'>;

export const GET = apiRoute<Context>(async (_request, { params }, actor) => {
  const { name, version } = await params;
  return Response.json({ batches: listBatches(actor, name, versionNumber(version)) });
});

/** A production batch as the raw body (CSV, JSON array or NDJSON; `?timestamp=` when it was observed), answered with its drift report. */
export const POST = apiRoute<Context>(async (request, { params }, actor) => {
  const { name, version } = await params;
  const query = request.nextUrl.searchParams;
  const report = await ingestBatchUseCase(actor, {
    modelName: name,
    version: versionNumber(version),
    format: tableFormat(query.get('format'), request.headers.get('content-type')),
    body: streamBody(request),
    declaredSize: declaredLength(request),
    observedAt: query.get('timestamp'),
  });
  return Response.json({ report }, { status: 201 });
});
