import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { dbFile } from '@/db/paths';
import { withTempWorkspace } from '@/lib/testing/temp-workspace';
import { CHECKPOINT_EVERY, GENESIS, canonicalJson, rowHash } from './chain';
import { recordAudit } from './record';
import { verifyAuditChain } from './verify';

withTempWorkspace();

function write(count: number): void {
  getDb().transaction((tx) => {
    for (let i = 0; i < count; i++) recordAudit(tx, { actorId: null, action: 'test.write', entityType: 'thing', entityId: i, before: { n: i - 1 }, after: { n: i, nested: { b: 2, a: [1, { z: 0, y: 'é' }] } } });
  });
}

/** What someone with the database file but not the audit key can do: drop the triggers and edit rows. */
function raw(sql: string): void {
  getDb();
  const sqlite = new Database(dbFile());
  sqlite.exec('DROP TRIGGER IF EXISTS audit_log_append_only_update; DROP TRIGGER IF EXISTS audit_log_append_only_delete;');
  sqlite.exec(sql);
  sqlite.close();
}

describe('the audit hash chain', () => {
  it('hashes each row over the previous hash and the row’s canonical JSON, and verifies', () => {
    write(5);
    expect(canonicalJson({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"e":2,"f":1}]},"b":1}');
    const rows = getDb().$client.prepare('SELECT id, hash FROM audit_log ORDER BY id').all() as { id: number; hash: string }[];
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(5);
    expect(verifyAuditChain()).toEqual({ ok: true, rows: 5, legacyRows: 0, checkpoints: 0, problem: null });
  });

  it('refuses UPDATE and DELETE in the database itself', () => {
    write(2);
    const sqlite = getDb().$client;
    expect(() => sqlite.prepare("UPDATE audit_log SET action = 'x' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow(/append-only/);
  });

  it('names the first edited row', () => {
    write(6);
    raw("UPDATE audit_log SET after = '{\"n\":99}' WHERE id = 3");
    expect(verifyAuditChain()).toMatchObject({ ok: false, problem: { seq: 3 } });
  });

  it('catches rows cut off the end through the signed head, and rows cut from the middle through the gap', () => {
    write(6);
    raw('DELETE FROM audit_log WHERE id > 4');
    expect(verifyAuditChain()).toMatchObject({ ok: false, problem: { seq: 5, reason: expect.stringMatching(/signed head is row 6 but the chain ends at row 4/) } });
  });

  it('catches a chain rewritten end to end without the audit key', () => {
    write(4);
    // Recompute every hash after an edit, and sign the new head with a key of one's own.
    const sqlite = new Database(dbFile());
    sqlite.exec('DROP TRIGGER audit_log_append_only_update;');
    sqlite.prepare("UPDATE audit_log SET action = 'forged' WHERE id = 2").run();
    let previous = GENESIS;
    for (const row of sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, unknown>[]) {
      const hash = rowHash(previous, { id: row.id as number, createdAt: row.created_at as number, actorId: row.actor_id as number | null, action: row.action as string, entityType: row.entity_type as string, entityId: row.entity_id as string, before: JSON.parse(row.before as string), after: JSON.parse(row.after as string) });
      sqlite.prepare('UPDATE audit_log SET hash = ? WHERE id = ?').run(hash, row.id);
      previous = hash;
    }
    const forged = crypto.createHmac('sha256', 'not the key').update(`4:${previous}`).digest('hex');
    sqlite.prepare('UPDATE audit_head SET hash = ?, signature = ? WHERE id = 1').run(previous, forged);
    sqlite.close();
    expect(verifyAuditChain()).toMatchObject({ ok: false, problem: { seq: 4, reason: expect.stringMatching(/signature the audit key did not make/) } });
  });

  it('appends a signed checkpoint every 1,000 rows that a rewrite cannot match', () => {
    write(CHECKPOINT_EVERY + 5);
    expect(verifyAuditChain()).toMatchObject({ ok: true, checkpoints: 1 });
    raw("UPDATE audit_log SET hash = '" + '0'.repeat(64) + "' WHERE id = " + CHECKPOINT_EVERY);
    expect(verifyAuditChain()).toMatchObject({ ok: false, problem: { seq: CHECKPOINT_EVERY } });
  });
});
