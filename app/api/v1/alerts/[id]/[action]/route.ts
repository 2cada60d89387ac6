import { apiRoute } from '@/lib/api/handler';
import { readJson } from '@/lib/api/json-body';
import { alertActionUseCase } from '@/lib/monitoring/alert-use-cases';

/** `POST /api/v1/alerts/7/acknowledge|resolve|retraining` with `{ "comment": "…" }` (required to resolve). */
export const POST = apiRoute<RouteContext<'/api/v1/alerts/[id]/[action]'>>(async (request, { params }, actor) => {
  const { id, action } = await params;
  return Response.json({ alert: alertActionUseCase(actor, id, action, await readJson(request)) });
});
