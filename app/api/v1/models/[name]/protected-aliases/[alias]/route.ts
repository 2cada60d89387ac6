import { apiRoute } from '@/lib/api/handler';
import { setAliasProtectionUseCase } from '@/lib/governance/protected-aliases';

type Context = RouteContext<'/api/v1/models/[name]/protected-aliases/[alias]'>;

/** Admins protect an alias (it need not point anywhere yet); no body. */
export const PUT = apiRoute<Context>(async (_request, { params }, actor) => {
  const { name, alias } = await params;
  return Response.json(setAliasProtectionUseCase(actor, name, { alias }, true));
});

/** Releases the alias: it can be set directly again. */
export const DELETE = apiRoute<Context>(async (_request, { params }, actor) => {
  const { name, alias } = await params;
  return Response.json(setAliasProtectionUseCase(actor, name, { alias }, false));
});
