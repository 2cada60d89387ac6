import 'server-only';
import { z } from 'zod';
import { RISK_TIERS, TASK_TYPES } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import { parseInput } from '@/lib/errors';
import { searchCatalogue, type CatalogueRow } from './catalogue';
import { CATALOGUE_SORTS } from './catalogue-query';

/** The API's search parameters: unlike the UI's URL, a bad value is an error, not a default. */
export const modelSearchSchema = z.object({
  q: z.string().trim().max(200).optional(),
  prefix: z.string().trim().min(1).max(128).optional(),
  owner: z.coerce.number().int().positive().optional(),
  team: z.string().trim().max(64).optional(),
  tag: z.string().trim().max(200).optional(),
  task: z.enum(TASK_TYPES).optional(),
  risk: z.enum(RISK_TIERS).optional(),
  has: z.enum(['production', 'champion']).optional(),
  sort: z.enum(CATALOGUE_SORTS).default('updated'),
  dir: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export function searchModels(actor: Actor, params: unknown): { models: CatalogueRow[]; total: number; nextCursor: string | null } {
  const { cursor, limit, ...query } = parseInput(modelSearchSchema, params, 'search');
  const fingerprint = JSON.stringify(query);
  const offset = cursor ? decodeCursor(cursor, fingerprint) : 0;
  const { rows, total } = searchCatalogue(actor, { ...query, page: 1, size: 25 }, limit, offset);
  const next = offset + rows.length;
  return { models: rows, total, nextCursor: next < total ? encodeCursor(next, fingerprint) : null };
}
