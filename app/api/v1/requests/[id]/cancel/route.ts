import { apiRoute } from '@/lib/api/handler';
import { cancelRequestUseCase } from '@/lib/governance/requests';
import { routeId } from '@/lib/errors';

/** The requester (or an admin) withdraws a pending request. */
export const POST = apiRoute<RouteContext<'/api/v1/requests/[id]/cancel'>>(async (_request, { params }, actor) => {
  cancelRequestUseCase(actor, routeId((await params).id, 'request', 'No such request.'));
  return new Response(null, { status: 204 });
});
