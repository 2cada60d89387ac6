import { echoingRequestId } from '@/lib/api/traced';
import { checkReadiness } from '@/lib/ops/readiness';

/** Readiness: whether a load balancer should send this process traffic. Public, like /api/health. */
export const GET = echoingRequestId(() => {
  const readiness = checkReadiness();
  const headers = { 'cache-control': 'no-store' };
  if (readiness.ready) return Response.json({ status: 'ready' }, { headers });
  return Response.json({ status: 'unavailable', reason: readiness.reason }, { status: 503, headers });
});
