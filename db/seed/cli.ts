import { getDb } from '../client';
import { dataDir } from '../paths';
import { loginTable } from './demo-users';
import { seedDemoWorkspace } from './workspace';

/**
 * `npm run seed` fills DATA_DIR with the demo workspace. It refuses to touch a workspace that already
 * has users; with --if-empty (used by `npm run demo`) it leaves such a workspace alone and succeeds.
 */
async function main(): Promise<void> {
  const ifEmpty = process.argv.includes('--if-empty');
  const sqlite = getDb().$client;
  const { n } = sqlite.prepare('SELECT count(*) AS n FROM users').get() as { n: number };
  if (n > 0) {
    if (ifEmpty) {
      console.log(`Workspace in ${dataDir()} already has data; not seeding. Demo logins, unless changed since:\n${loginTable()}`);
      return;
    }
    console.error(`${dataDir()} already holds a workspace. Point DATA_DIR at an empty directory to seed a new one.`);
    process.exit(1);
  }
  const started = Date.now();
  const { models, versions } = await seedDemoWorkspace();
  console.log(`Seeded ${models} models and ${versions} versions into ${dataDir()} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`Demo logins:\n${loginTable()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
