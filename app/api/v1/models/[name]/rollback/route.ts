import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { rollbackSchema, rollbackUseCase } from '@/lib/governance/rollback';

type Context = RouteContext<'/api/v1/models/[name]/rollback'>;

/** `{ "reason": "…" }` returns production to the previous version and re-points the deployments that served the current one. */
export const POST = apiRoute<Context>(async (request, { params }, actor) => {
  const { name } = await params;
  const body = await readBody(request, rollbackSchema);
  return Response.json(rollbackUseCase(actor, name, body));
});
