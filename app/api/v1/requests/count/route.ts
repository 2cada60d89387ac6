import { apiRoute } from '@/lib/api/handler';
import { pendingRequestCount } from '@/lib/governance/request-queries';

/** Pending requests that have not expired: the navigation badge. */
export const GET = apiRoute((_request, _context, actor) => Response.json({ pending: pendingRequestCount(actor) }));
