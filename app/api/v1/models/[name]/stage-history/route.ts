import { apiRoute } from '@/lib/api/handler';
import { stageHistory } from '@/lib/governance/history';
import { versionNumber } from '@/lib/registry/schemas';

/** Every stage change of the model (or of `?version=`), newest first, with its cause, request and actor. */
export const GET = apiRoute<RouteContext<'/api/v1/models/[name]/stage-history'>>(async (request, { params }, actor) => {
  const { name } = await params;
  const version = request.nextUrl.searchParams.get('version');
  return Response.json({ transitions: stageHistory(actor, name, version ? versionNumber(version) : undefined) });
});
