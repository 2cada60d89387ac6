import { runCommand } from '@/lib/backup/cli';
import { restoreBackup } from '@/lib/backup/restore-backup';

const USAGE = `Usage: npm run restore -- <backup dir> [--force]

Restores a backup made by \`npm run backup\` into DATA_DIR. Stop the server first: the restore refuses
while another process has the database open. The backup is copied beside DATA_DIR and verified there
(only plain files and folders, the database's sha256 against the manifest, SQLite's integrity check,
every artifact's sha256, the audit chain); only then is a workspace.restore entry appended to the copy's
audit log, and DATA_DIR moved aside to <DATA_DIR>.before-restore-<timestamp> and replaced.
A refused restore changes nothing.

  --force      restore even though the database seems to be in use
  -h, --help   show this help`;

void runCommand(USAGE, { force: { type: 'boolean' } }, async ({ values, positionals }) => {
  if (positionals.length !== 1) throw new Error(`Name one backup directory.\n\n${USAGE}`);
  const { manifest, target, previous } = await restoreBackup({ backupDir: positionals[0]!, force: values.force === true });
  return [
    `Restored the backup of ${manifest.createdAt} into ${target}: database, ${manifest.artifacts.count} artifacts and ${manifest.rowCounts.audit_log ?? 0} audit entries verified, and the restore recorded in the audit log.`,
    previous ? `The previous data is in ${previous}; delete it once the restored workspace is checked.` : `${target} held no data before.`,
  ];
});
