import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { listWebhooks } from '@/lib/webhooks/queries';
import { createWebhookSchema } from '@/lib/webhooks/schemas';
import { createWebhookUseCase } from '@/lib/webhooks/use-cases';

export const GET = apiRoute(async (_request, _context, actor) => Response.json({ webhooks: listWebhooks(actor) }));

/** Answers with the signing secret, the only time it is ever returned. */
export const POST = apiRoute(async (request, _context, actor) => Response.json(createWebhookUseCase(actor, await readBody(request, createWebhookSchema)), { status: 201 }));
