import { apiRoute } from '@/lib/api/handler';
import { sendTestEventUseCase } from '@/lib/webhooks/delivery-use-cases';

type Context = RouteContext<'/api/v1/webhooks/[id]/test'>;

/** 202: the test event is queued; its delivery shows up in the delivery log once sent. */
export const POST = apiRoute<Context>(async (_request, { params }, actor) =>
  Response.json({ delivery: sendTestEventUseCase(actor, (await params).id) }, { status: 202 }),
);
