import { apiRoute } from '@/lib/api/handler';
import { verifyArtifactUseCase } from '@/lib/registry/artifacts';

/** Re-hashes the stored file: `ok: false` means the bytes on disk no longer match the recorded sha256. */
export const POST = apiRoute<RouteContext<'/api/v1/artifacts/[id]/verify'>>(async (_request, { params }, actor) =>
  Response.json({ integrity: await verifyArtifactUseCase(actor, (await params).id) }),
);
