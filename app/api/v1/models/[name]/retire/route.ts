import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { retireModelUseCase, retireSchema } from '@/lib/registry/retire';

type Context = RouteContext<'/api/v1/models/[name]/retire'>;

/** `POST …/models/churn/retire` with `{ "reason": "…" }` retires the model and every version of it. */
export const POST = apiRoute<Context>(async (request, { params }, actor) => {
  const { name } = await params;
  const body = await readBody(request, retireSchema);
  return Response.json({ model: retireModelUseCase(actor, name, body) });
});
