import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { searchModels } from '@/lib/registry/api-search';
import { catalogueCsv } from '@/lib/registry/catalogue-export';
import { createModelUseCase } from '@/lib/registry/models';
import { createModelSchema } from '@/lib/registry/schemas';

/** `GET /api/v1/models?q=&owner=&team=&tag=&task=&risk=&has=&sort=&dir=&limit=&cursor=`, or the whole filtered catalogue with `format=csv`. */
export const GET = apiRoute(async (request, _context, actor) => {
  const { format, ...params } = Object.fromEntries(request.nextUrl.searchParams);
  if (format !== 'csv') return Response.json(searchModels(actor, Object.fromEntries(request.nextUrl.searchParams)));
  return new Response(catalogueCsv(actor, params), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="models.csv"' },
  });
});

export const POST = apiRoute(async (request, _context, actor) =>
  Response.json({ model: createModelUseCase(actor, await readBody(request, createModelSchema)) }, { status: 201 }),
);
