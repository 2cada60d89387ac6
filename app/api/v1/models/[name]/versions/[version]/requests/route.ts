import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { getRequest, versionRequests } from '@/lib/governance/request-queries';
import { createRequestUseCase, previewRequest } from '@/lib/governance/requests';
import { requestSchema } from '@/lib/governance/schemas';
import { versionNumber } from '@/lib/registry/schemas';

type Context = RouteContext<'/api/v1/models/[name]/versions/[version]/requests'>;

/** The version's requests, newest first, and `preview`: what a new request would need today (policy, gates, blocker). */
export const GET = apiRoute<Context>(async (_request, { params }, actor) => {
  const { name, version } = await params;
  const number = versionNumber(version);
  return Response.json({ requests: versionRequests(actor, name, number), preview: previewRequest(actor, name, number) });
});

/** `{ "targetStage": "production", "alias": "champion", "justification": "…" }`; a failing gate is a 409 with `details.gates`. */
export const POST = apiRoute<Context>(async (request, { params }, actor) => {
  const { name, version } = await params;
  const number = versionNumber(version);
  const body = await readBody(request, requestSchema);
  const created = createRequestUseCase(actor, name, number, body);
  return Response.json({ request: getRequest(actor, created.id) }, { status: 201 });
});
