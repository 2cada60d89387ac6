import fs from 'node:fs';
import path from 'node:path';
import { closeDb, getDb } from '@/db/client';
import { dataDir } from '@/db/paths';
import { verifyAuditChain } from '@/lib/audit/verify';
import { recoverInterruptedUploads } from '@/lib/registry/artifacts';
import { tableCounts } from '@/lib/testing/temp-workspace';
import { eventForAction } from '@/lib/webhooks/events';

/** What a restarted server does before serving: open and migrate the database, then recover from the crash. */
export function restartServer(): { partial: number; orphans: number } {
  closeDb();
  getDb();
  return recoverInterruptedUploads();
}

/**
 * What must hold after any crash: SQLite's own check passes, the audit chain verifies, and the outbox
 * has exactly one event per committed audited change that is an event (the workspace's one webhook
 * subscribes to everything), each with one delivery.
 */
export function globalInvariants() {
  const sqlite = getDb().$client;
  const integrity = sqlite.pragma('integrity_check', { simple: true }) as string;
  const audit = verifyAuditChain();
  const actions = sqlite.prepare('SELECT action, count(*) AS n FROM audit_log GROUP BY action').all() as { action: string; n: number }[];
  const expected: Record<string, number> = {};
  for (const { action, n } of actions) {
    const type = eventForAction(action);
    if (type) expected[type] = (expected[type] ?? 0) + n;
  }
  const events = Object.fromEntries((sqlite.prepare('SELECT type, count(*) AS n FROM webhook_events GROUP BY type').all() as { type: string; n: number }[]).map((e) => [e.type, e.n]));
  const eventsWithoutOneDelivery = (sqlite.prepare('SELECT count(*) AS n FROM webhook_events e WHERE (SELECT count(*) FROM webhook_deliveries d WHERE d.event_id = e.id) <> 1').get() as { n: number }).n;
  return { integrity, auditOk: audit.ok, auditProblem: audit.problem, events, expectedEvents: expected, eventsWithoutOneDelivery };
}

/** Files in the artifact store: partial uploads left in `tmp`, and kept files by sha256. */
export function storeFiles(): { tmp: string[]; blobs: string[] } {
  const root = path.join(dataDir(), 'artifacts');
  if (!fs.existsSync(root)) return { tmp: [], blobs: [] };
  const tmp = fs.existsSync(path.join(root, 'tmp')) ? fs.readdirSync(path.join(root, 'tmp')) : [];
  const blobs = fs
    .readdirSync(root)
    .filter((d) => d !== 'tmp')
    .flatMap((d) => fs.readdirSync(path.join(root, d)));
  return { tmp, blobs: blobs.sort() };
}

/** Row counts that changed, table by table: after minus before. */
export function countDelta(before: Record<string, number>, after = tableCounts()): Record<string, number> {
  return Object.fromEntries(Object.keys(after).flatMap((t) => (after[t] !== (before[t] ?? 0) ? [[t, after[t]! - (before[t] ?? 0)]] : [])));
}
