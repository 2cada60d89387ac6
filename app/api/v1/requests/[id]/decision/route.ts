import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { decideRequestUseCase } from '@/lib/governance/decide';
import { decisionSchema } from '@/lib/governance/schemas';
import { routeId } from '@/lib/errors';

/**
 * `{ "decision": "approve" | "reject", "comment": "…" }` (a rejection needs the comment). The approval
 * that reaches the policy's number applies the stage or alias in the same transaction.
 */
export const POST = apiRoute<RouteContext<'/api/v1/requests/[id]/decision'>>(async (request, { params }, actor) => {
  const id = routeId((await params).id, 'request', 'No such request.');
  const body = await readBody(request, decisionSchema);
  return Response.json(decideRequestUseCase(actor, id, body));
});
