import { apiRoute } from '@/lib/api/handler';
import { alertCounts, listAlerts } from '@/lib/monitoring/alert-queries';

/** `?status=open|acknowledged|resolved|unresolved&severity=&kind=&model=&version=`, newest first. */
export const GET = apiRoute(async (request, _context, actor) => {
  const filters = Object.fromEntries([...request.nextUrl.searchParams].filter(([, value]) => value !== ''));
  return Response.json({ alerts: listAlerts(actor, filters), counts: alertCounts(actor) });
});
