import { mulberry32 } from '@/db/seed/train/seeded-random';
import { createModelUseCase } from '@/lib/registry/models';
import { createVersionUseCase } from '@/lib/registry/versions';
import { makeActor } from '@/lib/testing/temp-workspace';
import { uploadReferenceUseCase } from '@/lib/monitoring/references';

export interface TableOptions {
  rows: number;
  seed: number;
  /** Added to every `age`. */
  shift?: number;
  colors?: string[];
  /** Share of `income` left empty. */
  missingIncome?: number;
  label?: boolean;
}

/** A CSV of age (numeric), income (numeric, sometimes missing), color (categorical), prediction and maybe label. */
export function table({ rows, seed, shift = 0, colors = ['red', 'green', 'blue'], missingIncome = 0, label = false }: TableOptions): string {
  const random = mulberry32(seed);
  const lines = [['age', 'income', 'color', 'prediction', ...(label ? ['label'] : [])].join(',')];
  for (let i = 0; i < rows; i++) {
    const age = (20 + random() * 40 + shift).toFixed(2);
    const income = random() < missingIncome ? '' : (30_000 + random() * 50_000).toFixed(0);
    const color = colors[Math.floor(random() * colors.length)]!;
    const prediction = random() < 0.5 ? 'yes' : 'no';
    const truth = random() < 0.8 ? prediction : prediction === 'yes' ? 'no' : 'yes';
    lines.push([age, income, color, prediction, ...(label ? [truth] : [])].join(','));
  }
  return `${lines.join('\n')}\n`;
}

export async function* chunked(text: string, size = 997): AsyncIterable<Uint8Array> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield new Uint8Array(bytes.subarray(i, i + size));
}

/** A data scientist, a classification model `m` with version 1, and a 500-row reference with prediction and label. */
export async function monitoredVersion() {
  const ds = await makeActor('data_scientist');
  createModelUseCase(ds, { name: 'm', taskType: 'classification' });
  createVersionUseCase(ds, 'm', {});
  const reference = await uploadReferenceUseCase(ds, { modelName: 'm', version: 1, format: 'csv', body: chunked(table({ rows: 500, seed: 1, label: true })), prediction: 'prediction', label: 'label' });
  return { ds, reference };
}
