import { apiRoute } from '@/lib/api/handler';
import { getBatchReport } from '@/lib/monitoring/batches';
import { routeId } from '@/lib/errors';
import { versionNumber } from '@/lib/registry/schemas';

export const GET = apiRoute<RouteContext<'/api/v1/models/[name]/versions/[version]/batches/[id]'>>(async (_request, { params }, actor) => {
  const { name, version, id } = await params;
  return Response.json({ report: getBatchReport(actor, name, versionNumber(version), routeId(id, 'batch', 'No such batch.')) });
});
