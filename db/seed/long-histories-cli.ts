import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createModelUseCase } from '@/lib/registry/models';
import { createVersionUseCase } from '@/lib/registry/versions';
import { createRunUseCase, logBatchUseCase, updateRunUseCase } from '@/lib/tracking/runs';
import { findUserByEmail, loadActiveActor } from '@/lib/users/queries';
import { closeDb } from '../client';
import { dbFile } from '../paths';
import { mulberry32 } from './train/seeded-random';

/**
 * Adds a model whose versions come from long training jobs: each run logs `--metrics` metrics for
 * `--steps` steps through log-batch, in batches as a training loop would, so the rollups are kept
 * the way production keeps them. The compare bench's workload; prints one JSON summary line.
 */
const { values } = parseArgs({
  options: {
    model: { type: 'string', default: 'long-run' },
    owner: { type: 'string', default: 'ada@modelboard.dev' },
    versions: { type: 'string', default: '10' },
    metrics: { type: 'string', default: '5' },
    steps: { type: 'string', default: '1000000' },
    batch: { type: 'string', default: '20000' },
  },
});
const [versions, metricCount, steps, batch] = [values.versions, values.metrics, values.steps, values.batch].map(Number) as [number, number, number, number];
const KEYS = ['loss', 'val_loss', 'accuracy', 'val_accuracy', 'grad_norm', 'learning_rate', 'throughput'].slice(0, metricCount);

/** A training curve per metric: decaying or saturating with noise, plus the occasional loss spike a real job shows. */
function valueAt(key: string, step: number, quality: number, noise: number, spike: boolean): number {
  const progress = 1 - Math.exp((-5 * step) / steps);
  switch (key) {
    case 'loss':
    case 'val_loss':
      return (key === 'val_loss' ? 0.05 : 0) + 2.3 * (1 - progress) + (1 - quality) + 0.05 * noise + (spike ? 1.5 : 0);
    case 'accuracy':
    case 'val_accuracy':
      return Math.min(1, quality * progress + 0.02 * noise - (key === 'val_accuracy' ? 0.01 : 0));
    case 'grad_norm':
      return 5 * (1 - progress) + 0.5 + noise + (spike ? 20 : 0);
    default:
      return 1e-3 * (1 - step / steps) + 1e-6 * noise;
  }
}

const owner = findUserByEmail(values.owner as string);
const actor = owner ? loadActiveActor(owner.id) : null;
if (!actor) throw new Error(`No active user ${values.owner}: generate the bulk workspace first.`);
const model = values.model as string;

const started = Date.now();
createModelUseCase(actor, { name: model, description: `${versions} retrainings of a long job, ${steps.toLocaleString('en')} steps each.`, taskType: 'classification' });
const random = mulberry32(11);
for (let v = 1; v <= versions; v++) {
  const quality = 0.8 + (0.15 * v) / versions;
  const startTime = Date.UTC(2026, 9, v);
  const run = createRunUseCase(actor, { experimentName: model, name: `${model}-v${v}`, startTime });
  for (let at = 0; at < steps; at += batch) {
    const metrics = [];
    for (let step = at; step < Math.min(steps, at + batch); step++) {
      const spike = random() < 1e-4;
      for (const key of KEYS) metrics.push({ key, step, timestamp: startTime + step * 100, value: valueAt(key, step, quality, random() - 0.5, spike) });
    }
    logBatchUseCase(actor, run.uuid, { metrics });
  }
  updateRunUseCase(actor, run.uuid, { status: 'FINISHED', endTime: startTime + steps * 100 });
  createVersionUseCase(actor, model, { runUuid: run.uuid, description: `Retraining ${v}.` });
}
const generateMs = Date.now() - started;
closeDb();
const dbBytes = fs.statSync(dbFile()).size;
console.log(JSON.stringify({ model, versions, metrics: KEYS.length, steps, metricPoints: versions * KEYS.length * steps, dbBytes, generateMs }));
