import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { getRun } from '@/lib/tracking/run-queries';
import { updateRunUseCase } from '@/lib/tracking/runs';
import { finishRunSchema } from '@/lib/tracking/schemas';

type Context = RouteContext<'/api/v1/runs/[runId]'>;

export const GET = apiRoute<Context>(async (_request, { params }, actor) => Response.json({ run: getRun(actor, (await params).runId) }));

/** `{ "status": "FINISHED" }` ends the run (end time defaults to now). */
export const PATCH = apiRoute<Context>(async (request, { params }, actor) => {
  const { runId } = await params;
  updateRunUseCase(actor, runId, await readBody(request, finishRunSchema));
  return Response.json({ run: getRun(actor, runId) });
});
