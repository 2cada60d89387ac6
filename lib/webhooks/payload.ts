import 'server-only';
import { eq } from 'drizzle-orm';
import { modelVersions, registeredModels } from '@/db/schema';
import type { AuditEntry, Writer } from '@/lib/audit/record';
import { userContact } from '@/lib/users/queries';
import type { EventType } from './events';

export interface EventPayload {
  id: string;
  type: EventType;
  occurred_at: string;
  actor: { id: number; email: string } | null;
  data: {
    entity_type: string;
    entity_id: string | number;
    /** The model (and version) the change is about, so receivers need not map internal ids back to names. */
    model: string | null;
    version: number | null;
    before: unknown;
    after: unknown;
  };
}

// Defence in depth: no mapped action carries these today, and none must ever leave the server.
const SENSITIVE = new Set(['passwordHash', 'password_hash', 'secretHash', 'secret_hash', 'secretCiphertext', 'secret_ciphertext', 'password']);

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !SENSITIVE.has(key)).map(([key, v]) => [key, redact(v)]));
}

const field = (value: unknown, key: string): unknown => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

/** Reads the subject inside the change's transaction; a deleted one is named from what the audit entry kept of it. */
function subject(tx: Writer, entry: AuditEntry): { model: string | null; version: number | null } {
  const id = Number(entry.entityId);
  if (entry.entityType === 'model') {
    const row = tx.select({ name: registeredModels.name }).from(registeredModels).where(eq(registeredModels.id, id)).get();
    const kept = field(entry.before, 'name') ?? field(entry.after, 'name');
    return { model: row?.name ?? (typeof kept === 'string' ? kept : null), version: null };
  }
  if (entry.entityType === 'version') {
    const row = tx
      .select({ model: registeredModels.name, version: modelVersions.version })
      .from(modelVersions)
      .innerJoin(registeredModels, eq(registeredModels.id, modelVersions.modelId))
      .where(eq(modelVersions.id, id))
      .get();
    if (row) return row;
    const [model, version] = [field(entry.before, 'model'), field(entry.before, 'version')];
    return { model: typeof model === 'string' ? model : null, version: typeof version === 'number' ? version : null };
  }
  return { model: null, version: null };
}

export function buildPayload(tx: Writer, id: string, type: EventType, entry: AuditEntry, occurredAt: number): EventPayload {
  return {
    id,
    type,
    occurred_at: new Date(occurredAt).toISOString(),
    // A prepared statement on the transaction's connection: it sees the change's transaction too.
    actor: entry.actorId === null ? null : userContact(entry.actorId),
    data: {
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      ...subject(tx, entry),
      before: redact(entry.before ?? null),
      after: redact(entry.after ?? null),
    },
  };
}
