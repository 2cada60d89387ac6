import { apiRoute } from '@/lib/api/handler';
import { readJson } from '@/lib/api/json-body';
import { getRun } from '@/lib/tracking/run-queries';
import { createRunUseCase } from '@/lib/tracking/runs';

/** Starts a run in an experiment, creating the experiment on first use. */
export const POST = apiRoute(async (request, _context, actor) => {
  const run = createRunUseCase(actor, await readJson(request));
  return Response.json({ run: getRun(actor, run.uuid) }, { status: 201 });
});
