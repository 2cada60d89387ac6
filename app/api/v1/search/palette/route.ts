import { apiRoute } from '@/lib/api/handler';
import { paletteSearch } from '@/lib/search/palette';

/** `?q=`: the command palette's models by name and, for `model@3`-style queries, versions. */
export const GET = apiRoute((request, _context, actor) => Response.json(paletteSearch(actor, request.nextUrl.searchParams.get('q'))));
