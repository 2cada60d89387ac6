import { apiRoute } from '@/lib/api/handler';
import { auditExport, listAudit } from '@/lib/audit/queries';

/**
 * The audit log, newest first (admins and reviewers): a page of JSON, or with `?format=csv|jsonl` every
 * matching row as a streamed download. Filters: `actor`, `action` (or its prefix), `entityType`,
 * `entityId`, `from`/`to` (YYYY-MM-DD, UTC), `before` (a sequence number).
 */
export const GET = apiRoute(async (request, _context, actor) => {
  const query = Object.fromEntries([...request.nextUrl.searchParams].filter(([key]) => key !== 'format'));
  const format = request.nextUrl.searchParams.get('format');
  if (format !== 'csv' && format !== 'jsonl') return Response.json(listAudit(actor, query));
  const { contentType, lines } = auditExport(actor, query, format);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'content-type': contentType, 'content-disposition': `attachment; filename="audit.${format}"` } });
});
