import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { logBatchUseCase } from '@/lib/tracking/runs';
import { logBatchSchema } from '@/lib/tracking/schemas';

/** Metric points, params and tags in one transaction; up to 64 MiB of JSON (about a million points). */
export const POST = apiRoute<RouteContext<'/api/v1/runs/[runId]/log-batch'>>(async (request, { params }, actor) => {
  logBatchUseCase(actor, (await params).runId, await readBody(request, logBatchSchema, 64 * 1024 * 1024));
  return new Response(null, { status: 204 });
});
