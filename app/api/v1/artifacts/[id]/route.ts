import { apiRoute } from '@/lib/api/handler';
import { artifactResponse } from '@/lib/api/artifact-response';
import { getArtifactDownload } from '@/lib/registry/artifacts';

export const GET = apiRoute<RouteContext<'/api/v1/artifacts/[id]'>>(async (request, { params }, actor) =>
  artifactResponse(request, getArtifactDownload(actor, (await params).id)),
);

export const HEAD = GET;
