import { apiRoute } from '@/lib/api/handler';
import { getComparison } from '@/lib/compare/comparison';
import { comparisonCsv } from '@/lib/compare/csv';

export const GET = apiRoute(async (request, _context, actor) => {
  const params = request.nextUrl.searchParams;
  const comparison = getComparison(actor, params.getAll('v'), params.get('base') ?? undefined);
  return new Response(comparisonCsv(comparison), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="comparison.csv"' },
  });
});
