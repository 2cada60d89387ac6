import { apiRoute } from '@/lib/api/handler';
import { listRequests } from '@/lib/governance/request-queries';

/** `?status=pending|decided|all&model=`: the review queue (pending, soonest expiry first) or the decided requests, newest first. */
export const GET = apiRoute(async (request, _context, actor) => {
  const filters = Object.fromEntries([...request.nextUrl.searchParams].filter(([, value]) => value !== ''));
  return Response.json({ requests: listRequests(actor, filters) });
});
