import { echoingRequestId } from '@/lib/api/traced';

/** Liveness: the process answers. It touches nothing else, so a slow database never gets it restarted. */
export const GET = echoingRequestId(() => Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } }));
