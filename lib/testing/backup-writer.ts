import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { Actor } from '@/lib/auth/actor';
import { uploadArtifactUseCase } from '@/lib/registry/artifacts';
import { createVersionUseCase } from '@/lib/registry/versions';
import { createRunUseCase, logBatchUseCase } from '@/lib/tracking/runs';

/**
 * The busy server of the backup test, in its own process with its own connection: until the stop
 * file appears it logs metric points, registers versions and uploads their artifacts (each audited),
 * printing one line per round.
 */
const { actor, model, stopFile } = JSON.parse(process.argv[2] ?? '{}') as { actor: Actor; model: string; stopFile: string };

async function main(): Promise<void> {
  for (let round = 1; !fs.existsSync(stopFile); round += 1) {
    const run = createRunUseCase(actor, { experimentName: model, name: `round-${round}` });
    const metrics = Array.from({ length: 200 }, (_, step) => ({ key: 'loss', value: 1 / (step + round), step, timestamp: step }));
    logBatchUseCase(actor, run.uuid, { metrics });
    const { version } = createVersionUseCase(actor, model, { runUuid: run.uuid });
    const body = Buffer.from(JSON.stringify({ round, weights: Array.from({ length: 2_000 }, (_, i) => Math.sin(i * round)) }));
    await uploadArtifactUseCase(actor, { modelName: model, version, fileName: 'model.json', body: Readable.from([body]) });
    process.stdout.write(`${round}\n`);
  }
}

void main();
