import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { getUser } from '@/lib/users/queries';
import { updateUserSchema } from '@/lib/users/schemas';
import { updateUserUseCase } from '@/lib/users/use-cases';

type Context = RouteContext<'/api/v1/users/[id]'>;

export const GET = apiRoute<Context>(async (_request, { params }, actor) => Response.json({ user: getUser(actor, (await params).id) }));

/** No DELETE beside it: audit entries name their users, so an account is deactivated (`active: false`), never removed. */
export const PATCH = apiRoute<Context>(async (request, { params }, actor) =>
  Response.json({ user: updateUserUseCase(actor, (await params).id, await readBody(request, updateUserSchema)) }),
);
