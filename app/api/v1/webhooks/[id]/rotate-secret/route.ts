import { apiRoute } from '@/lib/api/handler';
import { rotateWebhookSecretUseCase } from '@/lib/webhooks/use-cases';

type Context = RouteContext<'/api/v1/webhooks/[id]/rotate-secret'>;

/** Answers with the new signing secret, the only time it is returned; the old one stops working at once. */
export const POST = apiRoute<Context>(async (_request, { params }, actor) => Response.json(rotateWebhookSecretUseCase(actor, (await params).id)));
