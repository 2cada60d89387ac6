import { apiRoute } from '@/lib/api/handler';
import { etagMatches, getRoutingDocument } from '@/lib/governance/routing';

type Context = RouteContext<'/api/v1/models/[name]/routing'>;

/** Polled by serving layers: `no-cache` makes every poll revalidate, and an unchanged document costs a 304. */
export const GET = apiRoute<Context>(async (request, { params }, actor) => {
  const { name } = await params;
  const { document, etag } = getRoutingDocument(actor, name);
  const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
  if (etagMatches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return Response.json(document, { headers });
});
