import 'server-only';
import { getDb } from '@/db/client';
import { ensureAdminFromEnv } from '@/lib/users/use-cases';
import { startDispatcher } from '@/lib/webhooks/dispatcher';

/**
 * At server start: open and migrate the database, create the first admin from the environment, and
 * start sending webhook deliveries (including any a previous process left unsent).
 */
export async function bootstrap(): Promise<void> {
  getDb();
  const admin = await ensureAdminFromEnv();
  if (admin) process.stdout.write(`Created admin ${admin.email} from ADMIN_EMAIL.\n`);
  startDispatcher();
}
