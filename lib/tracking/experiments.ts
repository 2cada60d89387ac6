import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { experiments, type ExperimentRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type Actor } from '@/lib/auth/actor';
import { conflict, notFound, parseInput } from '@/lib/errors';
import { createExperimentSchema } from './schemas';

export function createExperimentUseCase(actor: Actor, input: unknown): ExperimentRow {
  authorize(actor, 'run:write', 'experiment');
  const data = parseInput(createExperimentSchema, input, 'experiment');
  return getDb().transaction((tx) => {
    if (tx.select({ id: experiments.id }).from(experiments).where(eq(experiments.name, data.name)).get()) {
      throw conflict('experiment', `An experiment named "${data.name}" already exists.`, { name: ['This name is taken.'] });
    }
    const now = Date.now();
    const row = tx
      .insert(experiments)
      .values({ name: data.name, artifactLocation: data.artifactLocation ?? null, tags: data.tags, createdAt: now, updatedAt: now })
      .returning()
      .get();
    recordAudit(tx, { actorId: actor.id, action: 'experiment.create', entityType: 'experiment', entityId: row.id, after: { name: row.name } });
    return row;
  });
}

export function getExperiment(actor: Actor, ref: { id?: number; name?: string }): ExperimentRow {
  authorize(actor, 'read', 'experiment');
  const where = ref.id !== undefined ? eq(experiments.id, ref.id) : eq(experiments.name, ref.name ?? '');
  const row = getDb().select().from(experiments).where(where).get();
  if (!row) throw notFound('experiment', ref.id !== undefined ? `No experiment with id ${ref.id}.` : `No experiment named "${ref.name}".`);
  return row;
}
