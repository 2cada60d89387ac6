import 'server-only';
import { getDb } from '@/db/client';
import { ensureAdminFromEnv } from '@/lib/users/use-cases';

/** At server start: open and migrate the database, and create the first admin from the environment. */
export async function bootstrap(): Promise<void> {
  getDb();
  const admin = await ensureAdminFromEnv();
  if (admin) process.stdout.write(`Created admin ${admin.email} from ADMIN_EMAIL.\n`);
}
