import { apiRoute } from '@/lib/api/handler';
import { getRequest } from '@/lib/governance/request-queries';
import { routeId } from '@/lib/errors';

/** A request with its reviews, its gates and the version's metrics against production. */
export const GET = apiRoute<RouteContext<'/api/v1/requests/[id]'>>(async (_request, { params }, actor) => {
  const { id } = await params;
  return Response.json({ request: getRequest(actor, routeId(id, 'request', 'No such request.')) });
});
