import { apiRoute } from '@/lib/api/handler';
import { getMetricHistory } from '@/lib/tracking/run-queries';

/** `GET …/metrics/loss?maxPoints=1000`: the full history, or a min/max-preserving sample of it. */
export const GET = apiRoute<RouteContext<'/api/v1/runs/[runId]/metrics/[key]'>>(async (request, { params }, actor) => {
  const { runId, key } = await params;
  return Response.json(getMetricHistory(actor, runId, key, Object.fromEntries(request.nextUrl.searchParams)));
});
