import { apiRoute } from '@/lib/api/handler';
import { listDeliveries } from '@/lib/webhooks/queries';

type Context = RouteContext<'/api/v1/webhooks/[id]/deliveries'>;

/** `GET /api/v1/webhooks/{id}/deliveries?limit=` — the latest deliveries, newest first (at most 100). */
export const GET = apiRoute<Context>(async (request, { params }, actor) =>
  Response.json({ deliveries: listDeliveries(actor, (await params).id, Object.fromEntries(request.nextUrl.searchParams)) }),
);
