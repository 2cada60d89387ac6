import { openApiDocument } from '@/lib/api/openapi';

/** Public, like any API description: it names endpoints and fields, never data. */
export function GET() {
  return Response.json(openApiDocument());
}
