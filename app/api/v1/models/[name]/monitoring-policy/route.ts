import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { monitoringPolicySchema } from '@/lib/monitoring/policy';
import { getMonitoringPolicy, setMonitoringPolicyUseCase } from '@/lib/monitoring/policy-store';

type Context = RouteContext<'/api/v1/models/[name]/monitoring-policy'>;

export const GET = apiRoute<Context>(async (_request, { params }, actor) => {
  const { name } = await params;
  return Response.json({ policy: getMonitoringPolicy(actor, name) });
});

export const PUT = apiRoute<Context>(async (request, { params }, actor) => {
  const { name } = await params;
  const body = await readBody(request, monitoringPolicySchema);
  return Response.json({ policy: setMonitoringPolicyUseCase(actor, name, body) });
});
