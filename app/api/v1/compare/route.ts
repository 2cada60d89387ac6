import { apiRoute } from '@/lib/api/handler';
import { getComparison } from '@/lib/compare/comparison';

/** `GET /api/v1/compare?v=churn@3&v=churn@4&base=churn@3`: metrics with deltas, params, lineage, signatures. */
export const GET = apiRoute(async (request, _context, actor) => {
  const params = request.nextUrl.searchParams;
  return Response.json({ comparison: getComparison(actor, params.getAll('v'), params.get('base') ?? undefined) });
});
