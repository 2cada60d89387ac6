import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { listUsers } from '@/lib/users/queries';
import { createUserSchema } from '@/lib/users/schemas';
import { createUserUseCase } from '@/lib/users/use-cases';

export const GET = apiRoute(async (_request, _context, actor) => Response.json({ users: listUsers(actor) }));

export const POST = apiRoute(async (request, _context, actor) => Response.json({ user: await createUserUseCase(actor, await readBody(request, createUserSchema)) }, { status: 201 }));
