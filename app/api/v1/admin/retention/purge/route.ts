import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { purgeRetiredArtifactsUseCase, purgeSchema } from '@/lib/registry/retire';

/** `POST /api/v1/admin/retention/purge` with `{ "retiredBeforeDays": 365, "model": "churn" }` (model optional). */
export const POST = apiRoute(async (request, _context, actor) => {
  const body = await readBody(request, purgeSchema);
  return Response.json(purgeRetiredArtifactsUseCase(actor, body));
});
