import { formatBytes } from '@/components/format';
import { runCommand } from '@/lib/backup/cli';
import { createBackup } from '@/lib/backup/create-backup';

const USAGE = `Usage: npm run backup -- [--out <dir>]

Copies DATA_DIR's workspace while the server keeps running: the database through SQLite's online
backup, the artifact files it names (each checked against its sha256) and the generated auth secret,
with a manifest.json. The backup holds that secret: keep it private.

  --out <dir>   the backup directory to create (default: backups/<UTC timestamp> beside DATA_DIR)
  -h, --help    show this help`;

void runCommand(USAGE, { out: { type: 'string' } }, async ({ values, positionals }) => {
  if (positionals.length > 0) throw new Error(`Unexpected argument ${positionals[0]}.\n\n${USAGE}`);
  const { dir, manifest } = await createBackup({ out: values.out as string | undefined });
  const { database, artifacts, rowCounts } = manifest;
  const lines = [
    `Backed up ${manifest.source} to ${dir} in ${(manifest.durationMs / 1000).toFixed(1)} s: database ${formatBytes(database.bytes)} (${database.pageCount} pages, migration ${database.migrations.latest}), ${artifacts.count} artifacts (${formatBytes(artifacts.bytes)}), ${rowCounts.audit_log ?? 0} audit entries.`,
  ];
  for (const key of manifest.keysFromEnvironment) lines.push(`${key} comes from the environment and is not in the backup: a restore needs the same ${key}.`);
  return lines;
});
