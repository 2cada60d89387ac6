import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { searchModels } from '@/lib/registry/api-search';
import { createModelUseCase } from '@/lib/registry/models';
import { createModelSchema } from '@/lib/registry/schemas';

/** `GET /api/v1/models?q=&owner=&team=&tag=&task=&risk=&has=&sort=&dir=&limit=&cursor=` */
export const GET = apiRoute(async (request, _context, actor) =>
  Response.json(searchModels(actor, Object.fromEntries(request.nextUrl.searchParams))),
);

export const POST = apiRoute(async (request, _context, actor) =>
  Response.json({ model: createModelUseCase(actor, await readBody(request, createModelSchema)) }, { status: 201 }),
);
