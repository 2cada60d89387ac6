import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelCards, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, authorizeOwned, type Actor } from '@/lib/auth/actor';
import { parseInput } from '@/lib/errors';
import { MODEL_CARD_SECTIONS, completeness, type Completeness, type ModelCardSections } from './card-sections';
import { findModel, findVersion, touchModel } from './model-store';
import { modelCardSchema } from './schemas';

export interface ModelCardDto {
  sections: ModelCardSections;
  completeness: Completeness;
  updatedAt: number | null;
  updatedBy: string | null;
}

const EMPTY = Object.fromEntries(MODEL_CARD_SECTIONS.map((s) => [s, ''])) as ModelCardSections;

function pickSections(row: ModelCardSections): ModelCardSections {
  return Object.fromEntries(MODEL_CARD_SECTIONS.map((s) => [s, row[s]])) as ModelCardSections;
}

export function getModelCard(actor: Actor, modelName: string, version: number): ModelCardDto {
  authorize(actor, 'read', 'card');
  const db = getDb();
  const v = findVersion(findModel(modelName).id, version);
  const row = db
    .select({ card: modelCards, updatedBy: users.name })
    .from(modelCards)
    .leftJoin(users, eq(users.id, modelCards.updatedById))
    .where(eq(modelCards.versionId, v.id))
    .get();
  const sections = row ? pickSections(row.card) : EMPTY;
  return { sections, completeness: completeness(sections), updatedAt: row?.card.updatedAt ?? null, updatedBy: row?.updatedBy ?? null };
}

/** Saves the sections given; sections left out keep their text. */
export function updateModelCardUseCase(actor: Actor, modelName: string, version: number, input: unknown): Completeness {
  const data = parseInput(modelCardSchema, input, 'card');
  return getDb().transaction((tx) => {
    const model = findModel(modelName);
    authorizeOwned(actor, 'card:write', model, 'card');
    const v = findVersion(model.id, version);
    const existing = tx.select().from(modelCards).where(eq(modelCards.versionId, v.id)).get();
    const before = existing ? pickSections(existing) : EMPTY;
    const after = { ...before, ...Object.fromEntries(Object.entries(data).filter(([, text]) => text !== undefined)) } as ModelCardSections;
    const now = Date.now();
    tx.insert(modelCards)
      .values({ versionId: v.id, ...after, updatedById: actor.id, updatedAt: now })
      .onConflictDoUpdate({ target: modelCards.versionId, set: { ...after, updatedById: actor.id, updatedAt: now } })
      .run();
    touchModel(model.id, now);
    recordAudit(tx, { actorId: actor.id, action: 'card.update', entityType: 'version', entityId: v.id, before, after });
    return completeness(after);
  });
}
