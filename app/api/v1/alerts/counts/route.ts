import { apiRoute } from '@/lib/api/handler';
import { alertCounts } from '@/lib/monitoring/alert-queries';

export const GET = apiRoute((_request, _context, actor) => Response.json(alertCounts(actor)));
