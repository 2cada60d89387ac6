import { apiRoute, jsonError } from '@/lib/api/handler';
import { declaredLength } from '@/lib/api/stream-body';
import { uploadArtifactUseCase } from '@/lib/registry/artifacts';
import { versionNumber } from '@/lib/registry/schemas';

type Context = RouteContext<'/api/v1/models/[name]/versions/[version]/artifacts'>;

/**
 * Streams the raw request body into the artifact store: `POST …/artifacts?fileName=model.onnx`, with the
 * client's sha256 as `?sha256=` or an `X-Checksum-SHA256` header to have a corrupted upload refused.
 */
export const POST = apiRoute<Context>(async (request, { params }, actor) => {
  const { name, version } = await params;
  if (!request.body) return jsonError(400, 'bad_request:artifact', 'The request has no body.');
  const artifact = await uploadArtifactUseCase(actor, {
    modelName: name,
    version: versionNumber(version),
    fileName: request.nextUrl.searchParams.get('fileName') ?? '',
    contentType: request.headers.get('content-type'),
    declaredSize: declaredLength(request),
    expectedSha256: request.nextUrl.searchParams.get('sha256') ?? request.headers.get('x-checksum-sha256'),
    body: request.body as unknown as AsyncIterable<Uint8Array>,
  });
  return Response.json({ artifact }, { status: 201 });
});
