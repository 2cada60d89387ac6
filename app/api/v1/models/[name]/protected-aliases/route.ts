import { apiRoute } from '@/lib/api/handler';
import { listProtectedAliases } from '@/lib/governance/protected-aliases';

/** Aliases that move only through an approved promotion request. */
export const GET = apiRoute<RouteContext<'/api/v1/models/[name]/protected-aliases'>>(async (_request, { params }, actor) => {
  const { name } = await params;
  return Response.json({ aliases: listProtectedAliases(actor, name) });
});
