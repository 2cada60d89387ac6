import { apiRoute } from '@/lib/api/handler';
import { readBody } from '@/lib/api/json-body';
import { getModelCard, updateModelCardUseCase } from '@/lib/registry/model-cards';
import { modelCardSchema, versionNumber } from '@/lib/registry/schemas';

type Context = RouteContext<'/api/v1/models/[name]/versions/[version]/card'>;

export const GET = apiRoute<Context>(async (_request, { params }, actor) => {
  const { name, version } = await params;
  return Response.json({ card: getModelCard(actor, name, versionNumber(version)) });
});

/** Sections left out keep their text, so PUT and PATCH behave the same. */
export const PUT = apiRoute<Context>(async (request, { params }, actor) => {
  const { name, version } = await params;
  updateModelCardUseCase(actor, name, versionNumber(version), await readBody(request, modelCardSchema));
  return Response.json({ card: getModelCard(actor, name, versionNumber(version)) });
});

export const PATCH = PUT;
