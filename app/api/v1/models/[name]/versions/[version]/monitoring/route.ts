import { apiRoute } from '@/lib/api/handler';
import { getDriftTimeline, getPerformanceTimeline } from '@/lib/monitoring/timelines';
import { versionNumber } from '@/lib/registry/schemas';

/** The version's drift timeline (each column's figure per batch against its threshold) and its performance over time. */
export const GET = apiRoute<RouteContext<'/api/v1/models/[name]/versions/[version]/monitoring'>>(async (_request, { params }, actor) => {
  const { name, version } = await params;
  const number = versionNumber(version);
  return Response.json({ drift: getDriftTimeline(actor, name, number), performance: getPerformanceTimeline(actor, name, number) });
});
