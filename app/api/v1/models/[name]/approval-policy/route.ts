import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { getPolicy, policySchema, setPolicyUseCase } from '@/lib/governance/policy';

type Context = RouteContext<'/api/v1/models/[name]/approval-policy'>;

/** The policy in force; `source` says whether an admin set it or it follows the risk tier. */
export const GET = apiRoute<Context>(async (_request, { params }, actor) => {
  const { name } = await params;
  return Response.json({ policy: getPolicy(actor, name) });
});

/** Admins replace the model's policy: approvals (at least the tier's minimum), expiry and gates. */
export const PUT = apiRoute<Context>(async (request, { params }, actor) => {
  const { name } = await params;
  const body = await readBody(request, policySchema);
  return Response.json({ policy: setPolicyUseCase(actor, name, body) });
});

/** Back to the risk tier's defaults; answers with the policy now in force. */
export const DELETE = apiRoute<Context>(async (_request, { params }, actor) => {
  const { name } = await params;
  return Response.json({ policy: setPolicyUseCase(actor, name, null) });
});
