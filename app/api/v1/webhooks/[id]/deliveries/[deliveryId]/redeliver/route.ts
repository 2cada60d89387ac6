import { apiRoute } from '@/lib/api/handler';
import { redeliverUseCase } from '@/lib/webhooks/delivery-use-cases';

type Context = RouteContext<'/api/v1/webhooks/[id]/deliveries/[deliveryId]/redeliver'>;

/** Queues a failed delivery again, with the same delivery id and a fresh set of attempts. */
export const POST = apiRoute<Context>(async (_request, { params }, actor) => {
  const { id, deliveryId } = await params;
  return Response.json({ delivery: redeliverUseCase(actor, id, deliveryId) }, { status: 202 });
});
