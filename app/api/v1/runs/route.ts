import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { getRun } from '@/lib/tracking/run-queries';
import { createRunUseCase } from '@/lib/tracking/runs';
import { createRunSchema } from '@/lib/tracking/schemas';

/** Starts a run in an experiment, creating the experiment on first use. */
export const POST = apiRoute(async (request, _context, actor) => {
  const run = createRunUseCase(actor, await readBody(request, createRunSchema));
  return Response.json({ run: getRun(actor, run.uuid) }, { status: 201 });
});
