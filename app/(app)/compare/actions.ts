'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/result';
import { withActor } from '@/lib/actions/with-actor';
import { setMetricDirectionUseCase } from '@/lib/compare/metric-directions';
import type { Direction } from '@/lib/compare/types';

export async function setDirectionAction(modelName: string, metric: string, direction: Direction): Promise<ActionResult> {
  const result = await withActor((actor) => setMetricDirectionUseCase(actor, modelName, { metric, direction }));
  if (result.ok) revalidatePath('/compare');
  return result;
}
