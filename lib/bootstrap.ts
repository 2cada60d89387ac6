import 'server-only';
import { getDb } from '@/db/client';
import { log } from '@/lib/log';
import { installGracefulShutdown } from '@/lib/ops/graceful-shutdown';
import { recoverInterruptedUploads } from '@/lib/registry/artifacts';
import { ensureAdminFromEnv } from '@/lib/users/use-cases';
import { startDispatcher } from '@/lib/webhooks/dispatcher';
import { stopRunningDispatcher } from '@/lib/webhooks/running';

/**
 * At server start: open and migrate the database, remove what uploads cut short by a crash left in
 * the artifact store, create the first admin from the environment, and
 * start sending webhook deliveries (including any a previous process left unsent). On SIGTERM the
 * deliveries being sent finish before Next.js closes the server and exits; one still unfinished
 * after `SHUTDOWN_DRAIN_MS` (default 5 s) stays claimed until its lease expires, and is then sent again by the next process.
 */
export async function bootstrap(): Promise<void> {
  getDb();
  const swept = recoverInterruptedUploads();
  if (swept.partial + swept.orphans > 0) log('warn', 'removed what interrupted uploads left in the artifact store', swept);
  const admin = await ensureAdminFromEnv();
  if (admin) process.stdout.write(`Created admin ${admin.email} from ADMIN_EMAIL.\n`);
  startDispatcher();
  // NEXT_MANUAL_SIG_HANDLE hands signals to whoever embeds the server; they are not ours to take.
  if (!process.env.NEXT_MANUAL_SIG_HANDLE) installGracefulShutdown({ drain: stopRunningDispatcher });
}
