import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { metricDirectionSchema, setMetricDirectionUseCase } from '@/lib/compare/metric-directions';

/** `PUT …/metric-directions/coverage_gap` with `{ "direction": "lower" }` (or `null` to go back to the default). */
export const PUT = apiRoute<RouteContext<'/api/v1/models/[name]/metric-directions/[metric]'>>(async (request, { params }, actor) => {
  const { name, metric } = await params;
  const { direction } = await readBody(request, metricDirectionSchema.pick({ direction: true }));
  return Response.json(setMetricDirectionUseCase(actor, name, { metric, direction }));
});
