import { apiRoute } from '@/lib/api/handler';
import { getHistoryWindow } from '@/lib/compare/history';

/** `GET /api/v1/compare/history?v=…&metric=loss&axis=step&from=200&to=400&points=1200`: one metric, sampled to the chart's width. */
export const GET = apiRoute(async (request, _context, actor) => {
  const params = request.nextUrl.searchParams;
  const query = Object.fromEntries([...params].filter(([key]) => key !== 'v'));
  return Response.json({ window: getHistoryWindow(actor, params.getAll('v'), query) });
});
