import 'server-only';
import { getDb } from '@/db/client';
import { type ChainedRow, GENESIS, rowHash, validSignature } from './chain';

export interface AuditVerification {
  ok: boolean;
  /** Rows checked, and those written before the chain existed (not covered by it). */
  rows: number;
  legacyRows: number;
  checkpoints: number;
  /** The first row that breaks the chain, or the head or checkpoint that does not match it. */
  problem: { seq: number | null; reason: string } | null;
}

interface StoredRow extends Omit<ChainedRow, 'before' | 'after'> {
  before: string | null;
  after: string | null;
  via: string | null;
  hash: string | null;
}

const parsed = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/**
 * Recomputes the chain row by row (streamed, so any length fits in memory), then checks the signed
 * head against the chain's end and every signed checkpoint against the row it names. An edited row
 * breaks its own hash; deleted rows leave a gap in the sequence or fall short of the signed head; a
 * chain rewritten end to end cannot carry signatures made with a key the database does not hold.
 */
export function verifyAuditChain(): AuditVerification {
  const sqlite = getDb().$client;
  const rows = sqlite.prepare('SELECT id, created_at AS createdAt, actor_id AS actorId, action, entity_type AS entityType, entity_id AS entityId, before, after, via, hash FROM audit_log ORDER BY id').iterate() as IterableIterator<StoredRow>;
  const checkpoints = sqlite.prepare('SELECT seq, hash, signature FROM audit_checkpoints ORDER BY seq').all() as { seq: number; hash: string; signature: string }[];
  const checkpointed = new Set(checkpoints.map((c) => c.seq));
  const hashes = new Map<number, string>();
  let count = 0;
  let legacy = 0;
  let previous: StoredRow | null = null;
  const fail = (seq: number | null, reason: string): AuditVerification => ({ ok: false, rows: count, legacyRows: legacy, checkpoints: checkpoints.length, problem: { seq, reason } });
  for (const row of rows) {
    count++;
    if (previous && row.id !== previous.id + 1) return fail(previous.id + 1, `Rows ${previous.id + 1}–${row.id - 1} are missing.`);
    if (row.hash === null) {
      if (previous?.hash) return fail(row.id, 'The row has no hash although the rows before it are chained.');
      legacy++;
    } else {
      const expected = rowHash(previous?.hash ?? GENESIS, { ...row, before: parsed(row.before), after: parsed(row.after) });
      if (expected !== row.hash) return fail(row.id, 'The row does not match its hash: it was changed after it was written, or the row before it was.');
      if (checkpointed.has(row.id)) hashes.set(row.id, row.hash);
    }
    previous = row;
  }
  for (const c of checkpoints) {
    if (!validSignature(c.seq, c.hash, c.signature)) return fail(c.seq, `Checkpoint at row ${c.seq} has a signature the audit key did not make.`);
    if (hashes.get(c.seq) !== c.hash) return fail(c.seq, `Checkpoint at row ${c.seq} does not match the chain: rows up to it were rewritten or removed.`);
  }
  const head = sqlite.prepare('SELECT seq, hash, signature FROM audit_head WHERE id = 1').get() as { seq: number; hash: string; signature: string } | undefined;
  const end = previous?.hash ? previous : null;
  if (head) {
    if (!validSignature(head.seq, head.hash, head.signature)) return fail(head.seq, 'The signed head has a signature the audit key did not make.');
    if (!end || head.seq > end.id) return fail(end ? end.id + 1 : 1, `The signed head is row ${head.seq} but the chain ends at row ${end?.id ?? 0}: rows were removed from the end.`);
    if (head.seq !== end.id || head.hash !== end.hash) return fail(end.id, `The chain's last row does not match the signed head (row ${head.seq}).`);
  } else if (end) {
    return fail(end.id, 'The chain has rows but no signed head.');
  }
  return { ok: true, rows: count, legacyRows: legacy, checkpoints: checkpoints.length, problem: null };
}
