import fs from 'node:fs';
import { setImmediate as tick } from 'node:timers/promises';
import { getDb } from '@/db/client';
import { decideRequestUseCase } from '@/lib/governance/decide';
import { ingestBatchUseCase } from '@/lib/monitoring/batches';
import { uploadArtifactUseCase } from '@/lib/registry/artifacts';
import { logBatchUseCase } from '@/lib/tracking/runs';
import { artifactChunks, artifactSha256, metricPoints, type CrashJob, type WriterArgs } from './jobs';

/**
 * A process that performs one large write and may be killed anywhere in it. It prints `started` just
 * before the use case runs and `tx` when the use case's transaction begins (stdout to a pipe is
 * synchronous on Linux, so the parent hears it before the commit), then `done <json>` with timings,
 * also when it kills itself right after the commit.
 */
const { job, selfKill } = JSON.parse(process.argv[2] ?? '{}') as WriterArgs;
const line = (text: string) => process.stdout.write(`${text}\n`);
const suicide = () => process.kill(process.pid, 'SIGKILL');

const sqlite = getDb().$client;
const transaction = sqlite.transaction.bind(sqlite);
let startedAt = 0;
let txAt: number | null = null;
const started = () => {
  startedAt = performance.now();
  line('started');
};
/** Timings from `started` and from `tx` to the commit (or to the end of the use case). */
function finished() {
  const doneAt = performance.now();
  line(`done ${JSON.stringify({ totalMs: doneAt - startedAt, txMs: txAt === null ? null : doneAt - txAt })}`);
}
type Run = (...args: unknown[]) => unknown;
// A use case may open a nested transaction (a savepoint): only the outermost one's return is a commit.
const thenKill = (run: Run): Run => (...args) => {
  const result = run(...args);
  if (selfKill === 'after-commit' && !sqlite.inTransaction) {
    finished();
    suicide();
  }
  return result;
};
// Only the first transaction counts: it is the use case's one write. Drizzle calls one of the
// `deferred` / `immediate` / `exclusive` variants, so each gets the same after-commit hook.
sqlite.transaction = ((fn: Run) => {
  const wrapped = transaction((...args: unknown[]) => {
    const first = txAt === null;
    if (first) {
      txAt = performance.now();
      line('tx');
    }
    const result = fn(...args);
    if (first && selfKill === 'before-commit') suicide();
    return result;
  });
  return Object.assign(thenKill(wrapped), { default: thenKill(wrapped), deferred: thenKill(wrapped.deferred), immediate: thenKill(wrapped.immediate), exclusive: thenKill(wrapped.exclusive) });
}) as unknown as typeof sqlite.transaction;

async function* streamed(job: Extract<CrashJob, { kind: 'artifact' }>): AsyncIterable<Uint8Array> {
  for (const chunk of artifactChunks(job.bytes, job.seed)) {
    // A network body arrives over many turns of the event loop, not in one synchronous burst.
    await tick();
    yield chunk;
  }
}

async function perform(job: CrashJob): Promise<unknown> {
  switch (job.kind) {
    case 'metrics': {
      const metrics = metricPoints(job.points);
      started();
      return logBatchUseCase(job.actor, job.runUuid, { metrics });
    }
    case 'monitoring':
      started();
      return ingestBatchUseCase(job.actor, { modelName: job.model, version: job.version, format: 'csv', body: fs.createReadStream(job.csvFile) });
    case 'artifact': {
      const expectedSha256 = artifactSha256(job.bytes, job.seed);
      started();
      return uploadArtifactUseCase(job.actor, { modelName: job.model, version: job.version, fileName: 'model.bin', expectedSha256, body: streamed(job) });
    }
    case 'approval':
      started();
      return decideRequestUseCase(job.actor, job.requestId, { decision: 'approve' });
  }
}

void perform(job).then(finished);
