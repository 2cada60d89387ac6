import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { deploySchema, deployUseCase, listDeployments } from '@/lib/governance/deployments';

type Context = RouteContext<'/api/v1/models/[name]/deployments'>;

/** The model's deployments, newest first; the first of each environment is `live`. */
export const GET = apiRoute<Context>(async (_request, { params }, actor) => {
  const { name } = await params;
  return Response.json({ deployments: listDeployments(actor, name) });
});

/** `{ "environment": "prod", "endpoint": "https://…", "championVersion": 3, "challengerVersion": 4, "challengerWeight": 10 }` */
export const POST = apiRoute<Context>(async (request, { params }, actor) => {
  const { name } = await params;
  const body = await readBody(request, deploySchema);
  return Response.json(deployUseCase(actor, name, body), { status: 201 });
});
