import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import { parseInput } from '@/lib/errors';

export type MlflowHandler = (actor: Actor, input: Record<string, unknown>) => unknown;

const page = z.object({ max_results: z.coerce.number().int().min(1).max(50_000).optional(), page_token: z.string().max(500).optional() });

/** One page of results behind MLflow's `max_results` / `page_token`, with our signed cursor as the token. */
export function paged<T>(input: Record<string, unknown>, scope: string, defaultSize: number, load: (limit: number, offset: number) => { items: T[]; total: number }) {
  const { max_results, page_token } = parseInput(page, input, 'mlflow');
  const offset = page_token ? decodeCursor(page_token, scope) : 0;
  const { items, total } = load(max_results ?? defaultSize, offset);
  const next = offset + items.length;
  return { items, next_page_token: next < total ? encodeCursor(next, scope) : undefined };
}

