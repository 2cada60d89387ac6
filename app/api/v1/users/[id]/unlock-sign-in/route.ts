import { apiRoute } from '@/lib/api/handler';
import { unlockSignInUseCase } from '@/lib/users/unlock-sign-in';

type Context = RouteContext<'/api/v1/users/[id]/unlock-sign-in'>;

/** Forgets the account's failed sign-ins; 409 when there are none, so every audited unlock changed something. */
export const POST = apiRoute<Context>(async (_request, { params }, actor) => Response.json(unlockSignInUseCase(actor, (await params).id)));
