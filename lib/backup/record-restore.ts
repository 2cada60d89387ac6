import 'server-only';
import os from 'node:os';
import path from 'node:path';
import { getDb } from '@/db/client';
import { withAuditVia } from '@/lib/audit/context';
import { recordAudit } from '@/lib/audit/record';
import type { Manifest } from './layout';
import { withStagedDatabase } from './verify-backup';

/** Who ran the command, as the operating system knows them; a container may have no name for its user. */
function operatingSystemUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return `uid ${process.getuid?.() ?? 'unknown'}`;
  }
}

/**
 * Appends a `workspace.restore` entry to the verified staged copy's audit chain before it goes live, so
 * the log itself says that the entries before it were restored from a backup, which one, and by whom:
 * without it the chain would just stop at the backup's moment and resume as if nothing had happened.
 */
export function recordRestore(staging: string, backupDir: string, manifest: Manifest, at: Date): void {
  withStagedDatabase(staging, () =>
    withAuditVia('restore', () =>
      getDb().transaction((tx) =>
        recordAudit(tx, {
          actorId: null,
          action: 'workspace.restore',
          entityType: 'workspace',
          entityId: manifest.createdAt,
          after: {
            backupCreatedAt: manifest.createdAt,
            backupSource: manifest.source,
            backupDir: path.resolve(backupDir),
            auditEntriesInBackup: manifest.rowCounts.audit_log ?? 0,
            restoredAt: at.toISOString(),
            restoredBy: operatingSystemUser(),
          },
        }),
      ),
    ),
  );
}
