import 'server-only';
import path from 'node:path';
import { z } from 'zod';

/**
 * A backup directory has the layout of a data directory (database, content-addressed artifacts,
 * generated secrets) plus `manifest.json`, so restoring is copying it back and checking it.
 */
export const DB_FILE = 'modelboard.db';
export const MANIFEST_FILE = 'manifest.json';
export const ARTIFACTS_DIR = 'artifacts';
/** Secrets generated into DATA_DIR: without the auth secret the audit chain's signatures and the webhook secrets are unreadable. */
export const SECRET_FILES = ['auth-secret'] as const;
/** Keys that, when set, live only in the environment: a restore needs the same values. */
export const ENVIRONMENT_KEYS = ['AUTH_SECRET', 'AUDIT_KEY'] as const;

export const SHA256 = /^[0-9a-f]{64}$/;

export const artifactFile = (root: string, sha256: string): string => path.join(root, ARTIFACTS_DIR, sha256.slice(0, 2), sha256);

/** `2026-12-07T201503Z`: sortable, and safe in a file name on every platform. */
export const fileStamp = (at: Date): string => `${at.toISOString().slice(0, 19).replace(/:/g, '')}Z`;

const count = z.number().int().nonnegative();

export const manifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.iso.datetime(),
  source: z.string(),
  database: z.object({
    sha256: z.string().regex(SHA256),
    bytes: count,
    pageCount: count,
    pageSize: count,
    migrations: z.object({ applied: count, latest: z.string().nullable() }),
  }),
  rowCounts: z.record(z.string(), count),
  artifacts: z.object({ count, bytes: count }),
  secrets: z.array(z.enum(SECRET_FILES)),
  keysFromEnvironment: z.array(z.enum(ENVIRONMENT_KEYS)),
  durationMs: count,
});

export type Manifest = z.infer<typeof manifestSchema>;
