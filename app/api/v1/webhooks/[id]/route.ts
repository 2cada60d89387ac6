import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { getWebhook } from '@/lib/webhooks/queries';
import { updateWebhookSchema } from '@/lib/webhooks/schemas';
import { deleteWebhookUseCase, updateWebhookUseCase } from '@/lib/webhooks/use-cases';

type Context = RouteContext<'/api/v1/webhooks/[id]'>;

export const GET = apiRoute<Context>(async (_request, { params }, actor) => Response.json({ webhook: getWebhook(actor, (await params).id) }));

export const PATCH = apiRoute<Context>(async (request, { params }, actor) =>
  Response.json({ webhook: updateWebhookUseCase(actor, (await params).id, await readBody(request, updateWebhookSchema)) }),
);

export const DELETE = apiRoute<Context>(async (_request, { params }, actor) => {
  deleteWebhookUseCase(actor, (await params).id);
  return new Response(null, { status: 204 });
});
